package dev.mailroom.core.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LogFileNamesTest {
    @Test
    void namesFollowArticle32() {
        LocalDate day = LocalDate.of(2026, 11, 26);
        assertThat(LogFileNames.path(Path.of("/data"), "SMTP", LogKind.ACTIVITY, day))
                .isEqualTo(Path.of("/data/Logging/SMTP/SMTP-Activity-261126.log"));
        assertThat(LogFileNames.fileName("POP", LogKind.DEBUG, day)).isEqualTo("POP-Debug-261126.log");
        assertThat(LogFileNames.fileName("MTA", LogKind.W3C, day)).isEqualTo("MTA-W3C-261126.log");
    }

    @Test
    void parsesOnlyLogFileNames() {
        assertThat(LogFileNames.parse("SMTP-W3C-260101.log")).contains(
                new LogFileNames.LogFileName("SMTP", LogKind.W3C, LocalDate.of(2026, 1, 1)));
        assertThat(LogFileNames.parse("SMTP-Activity-261332.log")).isEmpty();
        assertThat(LogFileNames.parse("SMTP-Other-261126.log")).isEmpty();
        assertThat(LogFileNames.parse("notes.txt")).isEmpty();
        assertThatThrownBy(() -> LogFileNames.directory(Path.of("/d"), "../etc"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
