package dev.mailroom.core.mta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.core.model.InvalidValueException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MtaSettingsTest {
    @Test
    void defaults_are_mailenables_delivery_tab() {
        MtaSettings s = MtaSettings.defaults();
        assertThat(s.retryMinutes()).containsExactly(15, 30, 60);
        assertThat(s.retryEveryMinutes()).isEqualTo(240);
        assertThat(s.lifetimeHours()).isEqualTo(48);
        assertThat(s.remotePort()).isEqualTo(25);
        assertThat(s.smartHost().enabled()).isFalse();
        assertThat(s.smartHostFor("example.test")).isEmpty();
    }

    @Test
    void refusals_name_the_field() {
        assertThatThrownBy(() -> new MtaSettings(300, 0, 0, "", "", 0, 0, null, 0, 0, 0, false, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("threads"));
        assertThatThrownBy(() -> new MtaSettings(0, 0, 0, "", "", 0, 0, List.of(15, 0), 0, 0, 0, false, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("retryMinutes"));
        assertThatThrownBy(() -> new MtaSettings(0, 0, 0, "", "", 0, 0, null, 0, 2, 3, false, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("delayNoticeHours"));
        assertThatThrownBy(() -> new SmartHost("relay.test", 70000, "", "", "REQUIRED"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("smartHost.port"));
        assertThatThrownBy(() -> new SmartHost("relay.test", 25, "", "", "SOMETIMES"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("smartHost.tls"));
    }

    @Test
    void a_domains_own_smart_host_wins_over_the_global_one() {
        SmartHost global = new SmartHost("relay.test", 587, "u", "p", "REQUIRED");
        SmartHost special = new SmartHost("partner-gw.test", 25, "", "", "OPPORTUNISTIC");
        MtaSettings s = new MtaSettings(0, 0, 0, "", "", 0, 0, null, 0, 0, 0, false, global, Map.of("Partner.TEST", special));
        assertThat(s.smartHostFor("partner.test")).contains(special);
        assertThat(s.smartHostFor("other.test")).contains(global);
    }

    @Test
    void a_stored_file_with_missing_fields_reads_with_defaults() throws Exception {
        MtaSettings s = new ObjectMapper().readValue("{\"threads\":3,\"remotePort\":2525}", MtaSettings.class);
        assertThat(s.threads()).isEqualTo(3);
        assertThat(s.remotePort()).isEqualTo(2525);
        assertThat(s.lifetimeHours()).isEqualTo(48);
    }
}
