package dev.mailroom.core.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.core.access.AccessControlSettings;
import dev.mailroom.core.access.AccessMode;
import dev.mailroom.core.access.IpPatternList;
import dev.mailroom.core.config.SettingsJson;
import dev.mailroom.core.config.SettingsSection;
import dev.mailroom.core.model.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings records travel as JSON (config files, the admin API): they must round-trip and validate. */
class SettingsJsonTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void relayDefaultsAreNoOpenRelay() throws Exception {
        RelaySettings d = RelaySettings.defaults();
        assertThat(d.relayEnabled()).isTrue();
        assertThat(d.allowAuthenticated()).isTrue();
        assertThat(d.allowPrivilegedRanges()).isTrue();
        assertThat(d.privilegedRanges().texts()).containsExactly("127.0.0.1", "::1");
        assertThat(d.allowLocalSenders()).isFalse();
        assertThat(d.allowAnyone()).isFalse();
        assertThat(d.forceInboundResolution()).isTrue();
        assertThat(d.opensRelayToEveryone()).isFalse();
        String text = json.writeValueAsString(d);
        assertThat(text).contains("\"privilegedRanges\":[\"127.0.0.1\",\"::1\"]");
        assertThat(json.readValue(text, RelaySettings.class)).isEqualTo(d);
    }

    @Test
    void openRelayIsRecognised() {
        RelaySettings d = RelaySettings.defaults();
        assertThat(d.withAllowAnyone(true).opensRelayToEveryone()).isTrue();
        assertThat(d.withAllowAnyone(true).withRelayEnabled(false).opensRelayToEveryone()).isFalse();
        assertThat(d.withPrivilegedRanges(IpPatternList.parse(List.of("0.0.0.0/0"))).opensRelayToEveryone()).isTrue();
        assertThat(d.withPrivilegedRanges(IpPatternList.parse(List.of("*"))).opensRelayToEveryone()).isTrue();
        assertThat(d.withPrivilegedRanges(IpPatternList.parse(List.of("::/0"))).withAllowPrivilegedRanges(false)
                .opensRelayToEveryone()).isFalse();
    }

    @Test
    void badRangeInJsonIsRefusedNamingIt() {
        String text = "{\"relayEnabled\":true,\"privilegedRanges\":[\"10.0.0.0/99\"]}";
        assertThatThrownBy(() -> json.readValue(text, RelaySettings.class))
                .hasRootCauseInstanceOf(InvalidValueException.class)
                .rootCause().hasMessageContaining("10.0.0.0/99");
    }

    @Test
    void securityRoundTrips() throws Exception {
        SecuritySettings s = SecuritySettings.defaults().withAcceptDomainLiterals(true).withDisableCatchAlls(true);
        assertThat(json.readValue(json.writeValueAsString(s), SecuritySettings.class)).isEqualTo(s);
        assertThat(SecuritySettings.defaults().authenticatedMustUseOwnAddress()).isTrue();
        assertThat(SecuritySettings.defaults().localSendersMustAuthenticate()).isTrue();
        assertThat(SecuritySettings.defaults().acceptDomainLiterals()).isFalse();
        assertThat(SecuritySettings.defaults().disableCatchAlls()).isFalse();
    }

    @Test
    void missingKeysTakeTheSafeDefaults() throws Exception {
        assertThat(json.readValue("{}", RelaySettings.class)).isEqualTo(RelaySettings.defaults());
        assertThat(json.readValue("{}", SecuritySettings.class)).isEqualTo(SecuritySettings.defaults());
        RelaySettings partial = json.readValue("{\"allowAnyone\":true,\"forceInboundResolution\":false}", RelaySettings.class);
        assertThat(partial).isEqualTo(RelaySettings.defaults().withAllowAnyone(true).withForceInboundResolution(false));
        assertThat(json.readValue("{\"privilegedRanges\":[]}", RelaySettings.class).privilegedRanges().isEmpty()).isTrue();
    }

    @Test
    void theProjectsSettingsMapperReadsAndWritesThem() {
        var relay = new SettingsSection<>("test-relay", RelaySettings.class, RelaySettings::defaults);
        var security = new SettingsSection<>("test-security", SecuritySettings.class, SecuritySettings::defaults);
        var access = new SettingsSection<>("test-access", AccessControlSettings.class, AccessControlSettings::defaults);
        RelaySettings r = RelaySettings.defaults().withPrivilegedRanges(IpPatternList.parse(List.of("10.0.0.0/8", "2001:db8::/32")));
        assertThat(SettingsJson.parse(relay, SettingsJson.write(r))).isEqualTo(r);
        SecuritySettings s = SecuritySettings.defaults().withDisableCatchAlls(true);
        assertThat(SettingsJson.parse(security, SettingsJson.write(s))).isEqualTo(s);
        var a = new AccessControlSettings(AccessMode.DENY_LISTED, IpPatternList.parse(List.of("192.168.0.*")));
        assertThat(SettingsJson.parse(access, SettingsJson.write(a))).isEqualTo(a);
        assertThatThrownBy(() -> SettingsJson.parse(relay, "{\"privilegedRanges\":[\"10.0.0.1/8\"]}".getBytes()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("did you mean 10.0.0.0/8?");
    }

    @Test
    void accessControlRoundTripsAndValidates() throws Exception {
        var s = new AccessControlSettings(AccessMode.ALLOW_ONLY_LISTED, IpPatternList.parse(List.of("127.0.0.0/8")));
        String text = json.writeValueAsString(s);
        assertThat(text).isEqualTo("{\"mode\":\"ALLOW_ONLY_LISTED\",\"patterns\":[\"127.0.0.0/8\"]}");
        assertThat(json.readValue(text, AccessControlSettings.class)).isEqualTo(s);
        assertThatThrownBy(() -> json.readValue("{\"mode\":\"ALLOW_ONLY_LISTED\",\"patterns\":[]}", AccessControlSettings.class))
                .hasRootCauseInstanceOf(InvalidValueException.class);
        assertThat(json.readValue("{}", AccessControlSettings.class)).isEqualTo(AccessControlSettings.defaults());
    }
}
