package dev.mailroom.core.access;

import static dev.mailroom.core.access.IpPatternTest.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.smtp.Replies;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessControlTest {

    @Test
    void defaultLetsEveryoneIn() {
        ConnectVerdict v = AccessControl.check(ip("203.0.113.7"), AccessControlSettings.defaults());
        assertThat(v.allowed()).isTrue();
        assertThat(v.reply()).isEmpty();
        assertThat(v.logLine()).isEqualTo("Access Granted: Client IP (203.0.113.7) is not in the denied list");
    }

    @Test
    void denyListedRefusesAMatchWith554() {
        var settings = new AccessControlSettings(AccessMode.DENY_LISTED, IpPatternList.parse(List.of("127.0.0.3", "192.168.0.*")));
        ConnectVerdict denied = AccessControl.check(ip("192.168.0.44"), settings);
        assertThat(denied.allowed()).isFalse();
        assertThat(denied.reply()).contains(Replies.ACCESS_DENIED);
        assertThat(denied.reply().get().toString()).isEqualTo("554 Access denied");
        assertThat(denied.logLine()).isEqualTo("Access Denied: Client IP (192.168.0.44) matches (192.168.0.*) in the denied list");
        assertThat(AccessControl.check(ip("127.0.0.2"), settings).allowed()).isTrue();
    }

    @Test
    void allowOnlyListedRefusesEveryoneElse() {
        var settings = new AccessControlSettings(AccessMode.ALLOW_ONLY_LISTED, IpPatternList.parse(List.of("127.0.0.0/30", "::1")));
        ConnectVerdict in = AccessControl.check(ip("127.0.0.2"), settings);
        assertThat(in.allowed()).isTrue();
        assertThat(in.logLine()).isEqualTo("Access Granted: Client IP (127.0.0.2) matches (127.0.0.0/30) in the allowed list");
        ConnectVerdict out = AccessControl.check(ip("127.0.0.4"), settings);
        assertThat(out.allowed()).isFalse();
        assertThat(out.reply()).contains(Replies.ACCESS_DENIED);
        assertThat(out.logLine()).isEqualTo("Access Denied: Client IP (127.0.0.4) is not in the allowed list");
        assertThat(AccessControl.check(ip("::1"), settings).allowed()).isTrue();
        assertThat(AccessControl.check(ip("::2"), settings).allowed()).isFalse();
    }

    @Test
    void allowOnlyWithNothingListedIsRefusedAsASetting() {
        assertThatThrownBy(() -> new AccessControlSettings(AccessMode.ALLOW_ONLY_LISTED, IpPatternList.empty()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("refuse every client")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("patterns");
    }

    @Test
    void nullsBecomeTheSafeDefaults() {
        var s = new AccessControlSettings(null, null);
        assertThat(s).isEqualTo(AccessControlSettings.defaults());
    }
}
