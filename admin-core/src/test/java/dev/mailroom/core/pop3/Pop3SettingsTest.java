package dev.mailroom.core.pop3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.core.model.InvalidValueException;
import org.junit.jupiter.api.Test;

class Pop3SettingsTest {
    private static Pop3Settings with(int maxConnections, String alternateAt, int banMinutes) {
        return new Pop3Settings(110, true, 995, false, "", false, alternateAt, maxConnections, 600, 3,
                new Pop3Settings.AutoBan(true, 10, 10, banMinutes));
    }

    @Test
    void defaultsAreTheIssuesDefaults() {
        Pop3Settings d = Pop3Settings.defaults();
        assertThat(d.port()).isEqualTo(110);
        assertThat(d.tlsPort()).isEqualTo(995);
        assertThat(d.allowClearTextLogin()).isFalse();
        assertThat(d.idleTimeoutSeconds()).isEqualTo(600);
        assertThat(d.autoBan().enabled()).isTrue();
    }

    @Test
    void aBadValueNamesItsField() {
        assertThatThrownBy(() -> with(0, "", 30)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("maxConnections"));
        assertThatThrownBy(() -> with(10, "@", 30)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("alternateAtCharacters"));
        assertThatThrownBy(() -> with(10, "", 0)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("autoBan.banMinutes"));
        assertThatThrownBy(() -> new Pop3Settings(70000, true, 995, false, "", false, "", 1, 600, 3, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("port"));
    }

    @Test
    void jsonRoundTripsAndAMissingAutoBanTakesItsDefaults() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Pop3Settings s = with(25, "#%", 45);
        assertThat(json.readValue(json.writeValueAsString(s), Pop3Settings.class)).isEqualTo(s);
        Pop3Settings partial = json.readValue("{\"port\":1110,\"portEnabled\":true,\"tlsPort\":995,"
                + "\"maxConnections\":5,\"idleTimeoutSeconds\":60,\"maxFailedLogins\":2}", Pop3Settings.class);
        assertThat(partial.autoBan()).isEqualTo(Pop3Settings.AutoBan.defaults());
    }
}
