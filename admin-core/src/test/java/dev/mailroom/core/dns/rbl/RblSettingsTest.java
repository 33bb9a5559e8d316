package dev.mailroom.core.dns.rbl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.core.model.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RblSettingsTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void defaultsAreOffWithNoProviders() {
        RblSettings d = RblSettings.defaults();
        assertThat(d.mode()).isEqualTo(RblMode.OFF);
        assertThat(d.providers()).isEmpty();
        assertThat(d.timeoutMillis()).isEqualTo(2000);
        assertThat(RblSettings.SECTION.name()).isEqualTo("smtp-rbl");
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        RblSettings s = new RblSettings(RblMode.DENY_AT_CONNECT, List.of(
                new RblProvider("zen", true, "zen.spamhaus.org", "192.0.2.53:5353", RblRecordType.A,
                        List.of("127.0.0.2", "127.0.0.4"), "No: %s", RblAction.REJECT),
                new RblProvider("home", false, "", "", RblRecordType.PTR, List.of(), null, RblAction.LOG)), 1500, "198.51.100.7");
        String text = json.writeValueAsString(s);
        assertThat(json.readValue(text, RblSettings.class)).isEqualTo(s);
    }

    @Test
    void missingFieldsTakeDefaults() throws Exception {
        RblSettings s = json.readValue("{\"mode\":\"DENY_AT_RCPT\",\"providers\":[{\"name\":\"zen\",\"zone\":\"zen.test\"}]}",
                RblSettings.class);
        RblProvider p = s.providers().get(0);
        assertThat(p.enabled()).isFalse();
        assertThat(p.recordType()).isEqualTo(RblRecordType.A);
        assertThat(p.responseText()).isEqualTo("This IP address has been blacklisted");
        assertThat(p.action()).isEqualTo(RblAction.REJECT);
        assertThat(p.listedCodes()).isEmpty();
        assertThat(s.timeoutMillis()).isEqualTo(2000);
    }

    @Test
    void badValuesNameTheirField() {
        assertThatThrownBy(() -> new RblProvider("", true, "zen.test", "", null, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "name");
        assertThatThrownBy(() -> new RblProvider("zen", true, "", "", RblRecordType.A, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "zone");
        assertThatThrownBy(() -> new RblProvider("zen", true, "zen..test", "", null, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "zone");
        assertThatThrownBy(() -> new RblProvider("zen", true, "zen.test", "dns.example", null, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "dnsServer");
        assertThatThrownBy(() -> new RblProvider("zen", true, "zen.test", "", null, List.of("127.0.0.256"), null, null))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "listedCodes");
        assertThatThrownBy(() -> new RblProvider("zen", true, "zen.test", "", null, null, "two\r\nlines", null))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "responseText");
        RblProvider zen = new RblProvider("zen", true, "zen.test", "", null, null, null, null);
        assertThatThrownBy(() -> new RblSettings(RblMode.OFF, List.of(zen, new RblProvider("ZEN", true, "b.test", "", null, null, null, null)), 0, ""))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "providers[1].name");
        assertThatThrownBy(() -> new RblSettings(RblMode.OFF, List.of(), 50, ""))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "timeoutMillis");
        assertThatThrownBy(() -> new RblSettings(RblMode.OFF, List.of(), 0, "mail.example.com"))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "publicAddress");
    }

    @Test
    void presetsAreCommonPublicListsAddedDisabled() {
        assertThat(RblPresets.all()).extracting(RblProvider::zone).contains("zen.spamhaus.org", "b.barracudacentral.org", "bl.spamcop.net");
        assertThat(RblPresets.all()).noneMatch(RblProvider::enabled);
    }

    @Test
    void modesKeepArticle4sRegistryValues() {
        assertThat(RblMode.fromRegistryValue(0)).isEqualTo(RblMode.OFF);
        assertThat(RblMode.fromRegistryValue(1)).isEqualTo(RblMode.DENY_AT_RCPT);
        assertThat(RblMode.fromRegistryValue(2)).isEqualTo(RblMode.DENY_AT_CONNECT);
        assertThat(RblMode.fromRegistryValue(3)).isEqualTo(RblMode.MARK);
    }
}
