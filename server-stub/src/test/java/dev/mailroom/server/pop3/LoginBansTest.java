package dev.mailroom.server.pop3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.pop3.Pop3Settings.AutoBan;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginBansTest {
    private final TestClock clock = new TestClock();
    private final LoginBans bans = new LoginBans(clock);
    private final AutoBan threeInTen = new AutoBan(true, 3, 10, 30);

    private static InetAddress ip(String s) throws Exception {
        return InetAddress.getByName(s);
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() throws Exception {
        InetAddress a = ip("198.51.100.7");
        bans.recordFailure(a, threeInTen);
        bans.recordFailure(a, threeInTen);
        clock.advance(Duration.ofMinutes(11));
        bans.recordFailure(a, threeInTen);
        assertThat(bans.activeBan(a)).isEmpty();
        bans.recordFailure(a, threeInTen);
        bans.recordFailure(a, threeInTen);
        assertThat(bans.activeBan(a)).hasValueSatisfying(b -> {
            assertThat(b.failures()).isEqualTo(3);
            assertThat(b.until()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));
        });
    }

    @Test
    void aBanEndsOnTimeAndOtherAddressesAreUntouched() throws Exception {
        InetAddress a = ip("2001:db8::5");
        for (int i = 0; i < 3; i++) {
            bans.recordFailure(a, threeInTen);
        }
        assertThat(bans.activeBan(ip("2001:db8::6"))).isEmpty();
        clock.advance(Duration.ofMinutes(29));
        assertThat(bans.activeBan(a)).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(bans.activeBan(a)).isEmpty();
        assertThat(bans.list()).isEmpty();
    }

    @Test
    void loopbackAndASwitchedOffAutoBanNeverBan() throws Exception {
        for (int i = 0; i < 10; i++) {
            bans.recordFailure(ip("127.0.0.1"), threeInTen);
            bans.recordFailure(ip("::1"), threeInTen);
            bans.recordFailure(ip("198.51.100.8"), new AutoBan(false, 3, 10, 30));
        }
        assertThat(bans.list()).isEmpty();
    }

    @Test
    void unbanTakesLiteralAddressesOnly() throws Exception {
        for (int i = 0; i < 3; i++) {
            bans.recordFailure(ip("198.51.100.9"), threeInTen);
        }
        assertThat(bans.unban("198.51.100.9")).isTrue();
        assertThat(bans.unban("198.51.100.9")).isFalse();
        assertThatThrownBy(() -> bans.unban("mail.example.test")).isInstanceOf(IllegalArgumentException.class);
    }
}
