package dev.mailroom.core.relay;

import static dev.mailroom.core.relay.RelayDeciderContract.ALICE;
import static dev.mailroom.core.relay.RelayDeciderContract.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.access.IpPatternList;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.config.ConfigStore;
import dev.mailroom.core.testing.TestDirectories;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MAIL FROM: the Security tab's spoofing rules, each on and off. */
class SenderCheckTest {
    @TempDir
    Path dataDir;
    private ConfigStore dir;

    @BeforeEach
    void seed() {
        dir = TestDirectories.configStore(dataDir);
        RelayDeciderContract.seed(dir);
        dir.addAddress(ALICE, EmailAddress.of("sales@other.test"));
    }

    private SenderDecision check(RelaySettings relay, SecuritySettings security, String ip, boolean alice, String sender) {
        return new RelayPolicy(dir, relay, security)
                .checkSender(RelayDeciderContract.ip(ip), alice ? Optional.of(ALICE) : Optional.empty(), sender);
    }

    private SenderDecision check(String ip, boolean alice, String sender) {
        return check(RelaySettings.defaults(), SecuritySettings.defaults(), ip, alice, sender);
    }

    @Test
    void authenticatedMayUseAnyOfItsOwnAddresses() {
        SenderDecision own = check("192.0.2.1", true, "<Alice@Example.Test>");
        assertThat(own.accepted()).isTrue();
        assertThat(own.reply().toString()).isEqualTo("250 2.1.0 Sender OK");
        assertThat(own.log()).containsExactly("Sender Accepted: Alice@example.test");
        assertThat(check("192.0.2.1", true, "sales@other.test").accepted()).isTrue();
    }

    @Test
    void authenticatedMayNotUseAnotherAddress() {
        for (String other : new String[] {"carol@other.test", "bob@example.test", "someone@remote.test"}) {
            SenderDecision d = check("192.0.2.1", true, other);
            assertThat(d.accepted()).as(other).isFalse();
            assertThat(d.reply().code()).isEqualTo(553);
            assertThat(d.reply().enhanced()).isEqualTo("5.7.1");
            assertThat(d.log()).containsExactly("Sender Denied: Authenticated mailbox (example/alice) does not own address (" + other + ")");
        }
        SecuritySettings off = SecuritySettings.defaults().withAuthenticatedMustUseOwnAddress(false);
        assertThat(check(RelaySettings.defaults(), off, "192.0.2.1", true, "someone@remote.test").accepted()).isTrue();
    }

    @Test
    void unauthenticatedLocalSenderIsRefused() {
        for (String local : new String[] {"alice@example.test", "ghost@example.test", "sales@other.test", "carol@OTHER.test"}) {
            SenderDecision d = check("192.0.2.1", false, local);
            assertThat(d.accepted()).as(local).isFalse();
            assertThat(d.reply().toString()).isEqualTo("530 5.7.0 Authentication required to send from a local address");
        }
        assertThat(check("192.0.2.1", false, "someone@remote.test").accepted()).isTrue();
        SecuritySettings off = SecuritySettings.defaults().withLocalSendersMustAuthenticate(false);
        assertThat(check(RelaySettings.defaults(), off, "192.0.2.1", false, "alice@example.test").accepted()).isTrue();
    }

    @Test
    void privilegedIpIsExemptOnlyWhileThatRelayRightIsOn() {
        assertThat(check("127.0.0.1", false, "alice@example.test").accepted()).isTrue();
        assertThat(check("::1", false, "alice@example.test").accepted()).isTrue();
        RelaySettings noPrivilege = RelaySettings.defaults().withAllowPrivilegedRanges(false);
        assertThat(check(noPrivilege, SecuritySettings.defaults(), "127.0.0.1", false, "alice@example.test").accepted()).isFalse();
        RelaySettings lan = RelaySettings.defaults().withPrivilegedRanges(IpPatternList.parse(List.of("192.168.0.*")));
        assertThat(check(lan, SecuritySettings.defaults(), "192.168.0.9", false, "alice@example.test").accepted()).isTrue();
        assertThat(check(lan, SecuritySettings.defaults(), "127.0.0.1", false, "alice@example.test").accepted()).isFalse();
    }

    @Test
    void nullSenderAlwaysPasses() {
        for (String nul : new String[] {"", "<>", " <> ", null}) {
            SenderDecision d = check("192.0.2.1", false, nul);
            assertThat(d.accepted()).isTrue();
            assertThat(d.log()).containsExactly("Sender Accepted: <>");
        }
        assertThat(check("192.0.2.1", true, "<>").accepted()).isTrue();
    }

    @Test
    void malformedSender() {
        SenderDecision d = check("192.0.2.1", false, "alice@@example");
        assertThat(d.reply().toString()).isEqualTo("501 5.1.7 Bad sender address syntax");
        assertThat(d.log()).containsExactly("Sender Denied: (alice@@example) is not a valid address");
    }

    @Test
    void anotherPostOfficesMailboxIsNotOwnedEither() {
        SenderDecision d = new RelayPolicy(dir, RelaySettings.defaults(), SecuritySettings.defaults())
                .checkSender(RelayDeciderContract.ip("192.0.2.1"), Optional.of(CAROL), "alice@example.test");
        assertThat(d.accepted()).isFalse();
    }
}
