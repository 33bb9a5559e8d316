package dev.mailroom.app.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.core.logs.ActivityFormat;
import dev.mailroom.core.logs.ActivityRecord;
import dev.mailroom.core.logs.LogLineDto;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DenyListAndCsvTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void addsToTheDenyListOnceAndNeverToAnAllowList() throws Exception {
        JsonNode empty = json.readTree("{\"mode\":\"DENY_LISTED\",\"patterns\":[]}");
        DenyList.Result added = DenyList.add(empty, "192.0.2.7");
        assertThat(added.outcome()).isEqualTo(DenyList.Outcome.ADDED);
        assertThat(added.updated().get("patterns")).extracting(JsonNode::asText).containsExactly("192.0.2.7");
        assertThat(empty.get("patterns")).isEmpty(); // the input is not changed

        assertThat(DenyList.add(added.updated(), "192.0.2.7").outcome()).isEqualTo(DenyList.Outcome.ALREADY_LISTED);
        JsonNode allowOnly = json.readTree("{\"mode\":\"ALLOW_ONLY_LISTED\",\"patterns\":[\"10.0.0.0/8\"]}");
        DenyList.Result refused = DenyList.add(allowOnly, "192.0.2.7");
        assertThat(refused.outcome()).isEqualTo(DenyList.Outcome.ALLOW_ONLY_MODE);
        assertThat(refused.updated().get("patterns")).extracting(JsonNode::asText).containsExactly("10.0.0.0/8");
        assertThat(DenyList.add(json.readTree("{}"), "::1").updated().toString())
                .isEqualTo("{\"patterns\":[\"::1\"],\"mode\":\"DENY_LISTED\"}");
    }

    @Test
    void csvHasTheColumnsOnScreenAndQuotesWhatNeedsIt() throws Exception {
        ActivityRecord r = new ActivityRecord(LocalDateTime.of(2026, 11, 26, 10, 0, 1, 5_000_000), "SMTP-IN", "M1",
                "127.0.0.1:25", "192.0.2.7", "MAIL", "FROM:<\"odd,name\"@example.org>", "250 Ok", 8, 40, "bob@EXAMPLE");
        LogRow parsed = new LogRow(new LogLineDto("SMTP", "Activity", LocalDate.of(2026, 11, 26), 0, ActivityFormat.encode(r), false));
        LogRow garbage = new LogRow(new LogLineDto("SMTP", "Activity", LocalDate.of(2026, 11, 26), 99, "not, a line", false));
        StringWriter out = new StringWriter();
        CsvExport.write(out, ActivityColumns.ALL, List.of(parsed, garbage));
        assertThat(out.toString().split("\r\n")).containsExactly(
                "Date/Time,Type,Message ID,Local socket,Remote IP,Command,Detail,Response,Bytes sent,Bytes received,Account",
                "2026-11-26 10:00:01.005,SMTP-IN,M1,127.0.0.1:25,192.0.2.7,MAIL,\"FROM:<\"\"odd,name\"\"@example.org>\",250 Ok,8,40,bob@EXAMPLE",
                ",(unparsed),,,,,\"not, a line\",,,,");
    }
}
