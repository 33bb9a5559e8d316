package dev.mailroom.server.smtp;

import static dev.mailroom.server.smtp.SmtpFixture.ALICE;
import static dev.mailroom.server.smtp.SmtpFixture.BOB;
import static dev.mailroom.server.smtp.SmtpFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.access.IpPatternList;
import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.logs.ActivityFormat;
import dev.mailroom.core.logs.ActivityRecord;
import dev.mailroom.core.logs.DebugFormat;
import dev.mailroom.core.logs.DebugRecord;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.relay.RelaySettings;
import dev.mailroom.core.smtp.SmtpSections;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relay rule of article 10 on and off, through the real server, with the debug line it
 * writes tagged with the transaction's message id (the same id as the activity log's column C).
 */
class SmtpRelayTest {
    static final String REFUSED = "550 5.7.1 This mail server requires authentication. Please check your mail client settings.";
    @TempDir
    Path dir;
    SmtpFixture f;

    @BeforeEach
    void start() throws Exception {
        f = SmtpFixture.start(dir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    /** MAIL and RCPT from a source address, optionally after AUTH on loopback; returns the RCPT reply. */
    private String rcpt(String source, String login, String sender, String recipient) throws Exception {
        try (RawSmtpClient c = new RawSmtpClient(source, f.port())) {
            c.reply();
            c.send("EHLO client.test\r\n");
            c.replyLines();
            if (login != null) {
                assertThat(c.command("AUTH PLAIN " + SmtpAuthTest.plain(login, PASSWORD))).startsWith("235");
            }
            String mail = c.command("MAIL FROM:<" + sender + ">");
            if (!mail.startsWith("250")) {
                return mail;
            }
            String r = c.command("RCPT TO:<" + recipient + ">");
            c.command("QUIT");
            return r;
        }
    }

    /** The debug line holding the text; asserts its id is the id of the RCPT line in the activity log. */
    private void assertDebugLine(String text, String recipient) throws Exception {
        List<DebugRecord> debug = f.log("Debug").lines().map(DebugFormat::parse).toList();
        DebugRecord line = debug.stream().filter(d -> d.text().equals(text)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no debug line '" + text + "' in " + debug));
        List<ActivityRecord> activity = f.log("Activity").lines().map(ActivityFormat::parse).toList();
        ActivityRecord rcptLine = activity.stream()
                .filter(a -> a.command().equals("RCPT") && a.detail().contains(recipient)).reduce((a, b) -> b).orElseThrow();
        assertThat(line.id()).isNotEmpty().isEqualTo(rcptLine.messageId());
    }

    private void relay(java.util.function.UnaryOperator<RelaySettings> change) {
        f.settings(SmtpSections.RELAY, change);
    }

    @Test
    void outOfTheBoxAnotherHostCannotRelay() throws Exception {
        assertThat(rcpt("127.0.0.2", null, "x@remote.test", "carol@far.test")).isEqualTo(REFUSED);
        assertDebugLine("ME-I0111: Relay Denied: Failed to meet all relay criteria", "carol@far.test");
    }

    @Test
    void relayingSwitchedOffRefusesEvenTheServerItself() throws Exception {
        relay(r -> r.withRelayEnabled(false));
        assertThat(rcpt("127.0.0.1", null, "app@acme.test", "carol@far.test")).startsWith("550 5.7.1");
        assertDebugLine("ME-I0112: Relay Denied: Server is configured not to allow relaying", "carol@far.test");
        assertThat(rcpt("127.0.0.2", null, "x@remote.test", "alice@acme.test")).startsWith("250");
    }

    @Test
    void privilegedRangesGrantRelayToListedAddressesOnly() throws Exception {
        assertThat(rcpt("127.0.0.1", null, "app@acme.test", "carol@far.test")).startsWith("250");
        assertDebugLine("ME-I0107: Relay Granted: Sender IP (127.0.0.1) is within an authorized IP range", "carol@far.test");

        relay(r -> r.withPrivilegedRanges(IpPatternList.parse(List.of("127.0.0.3/32", "10.*.*.*"))));
        assertThat(rcpt("127.0.0.3", null, "x@remote.test", "dave@far.test")).startsWith("250");
        assertDebugLine("ME-I0107: Relay Granted: Sender IP (127.0.0.3) is within an authorized IP range", "dave@far.test");
        assertThat(rcpt("127.0.0.2", null, "x@remote.test", "erin@far.test")).isEqualTo(REFUSED);

        relay(r -> r.withPrivilegedRanges(IpPatternList.parse(List.of("127.0.0.*"))));
        assertThat(rcpt("127.0.0.2", null, "x@remote.test", "frank@far.test")).startsWith("250");

        relay(r -> r.withAllowPrivilegedRanges(false));
        assertThat(rcpt("127.0.0.2", null, "x@remote.test", "gina@far.test")).isEqualTo(REFUSED);
    }

    @Test
    void authenticatedSendersRelayUnlessTheRuleIsOff() throws Exception {
        relay(r -> r.withAllowPrivilegedRanges(false));
        assertThat(rcpt("127.0.0.1", "alice@Acme", "alice@acme.test", "carol@far.test")).startsWith("250");
        assertDebugLine("ME-I0108: Relay Granted: Sender has authenticated", "carol@far.test");
        relay(r -> r.withAllowAuthenticated(false));
        assertThat(rcpt("127.0.0.1", "alice@Acme", "alice@acme.test", "dave@far.test")).isEqualTo(REFUSED);
        assertDebugLine("ME-I0111: Relay Denied: Failed to meet all relay criteria", "dave@far.test");
    }

    @Test
    void localSenderAddressesRelayOnlyWhenAllowed() throws Exception {
        f.settings(SmtpSections.SECURITY, s -> s.withLocalSendersMustAuthenticate(false));
        assertThat(rcpt("127.0.0.2", null, "alice@acme.test", "carol@far.test")).isEqualTo(REFUSED);
        relay(r -> r.withAllowLocalSenders(true));
        assertThat(rcpt("127.0.0.2", null, "alice@acme.test", "dave@far.test")).startsWith("250");
        assertDebugLine("ME-I0106: Relay Granted: alice@acme.test is in local address map", "dave@far.test");
    }

    @Test
    void allowAnyoneMakesAnOpenRelay() throws Exception {
        relay(r -> r.withAllowAnyone(true));
        assertThat(rcpt("127.0.0.2", null, "x@remote.test", "carol@far.test")).startsWith("250");
        assertDebugLine("ME-I0110: Relay Granted: Server is configured to allow anyone to relay", "carol@far.test");
    }

    @Test
    void blacklistedSenderDomainsAreRefusedForThatRecipientDomain() throws Exception {
        Domain d = f.directory().domain(DomainName.of("acme.test")).orElseThrow();
        f.directory().updateDomain(new Domain(d.name(), d.postOffice(), true, "", "", "", List.of("*.spam.test")));
        assertThat(rcpt("127.0.0.2", null, "x@mail.spam.test", "alice@acme.test")).startsWith("550 5.7.1");
        assertDebugLine("Recipient Denied: mail.spam.test is a blacklisted domain", "alice@acme.test");
        assertThat(rcpt("127.0.0.2", null, "x@ham.test", "bob@acme.test")).startsWith("250");
    }

    @Test
    void catchAllAndForceInboundResolution() throws Exception {
        assertThat(rcpt("127.0.0.2", null, "x@remote.test", "nobody@acme.test")).startsWith("550 5.1.1");
        assertDebugLine("Local Delivery: Domain for (nobody@acme.test) is locally serviced, but recipient is not defined in address map.",
                "nobody@acme.test");

        relay(r -> r.withForceInboundResolution(false));
        assertThat(rcpt("127.0.0.2", null, "x@remote.test", "nobody2@acme.test")).startsWith("250");
        assertDebugLine("Local Delivery: Domain for (nobody2@acme.test) is locally serviced.", "nobody2@acme.test");

        Domain d = f.directory().domain(DomainName.of("acme.test")).orElseThrow();
        f.directory().updateDomain(new Domain(d.name(), d.postOffice(), true, "bob", "", "", List.of()));
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.port())) {
            c.reply();
            c.command("EHLO a.test");
            c.command("MAIL FROM:<x@remote.test>");
            assertThat(c.command("RCPT TO:<anything@acme.test>")).startsWith("250");
            c.command("DATA");
            assertThat(c.command("Subject: catch\r\n\r\nall\r\n.")).startsWith("250");
        }
        assertDebugLine("ME-I0102: Address ([SMTP:anything@acme.test]) is to be delivered to Catch-All address", "anything@acme.test");
        assertThat(f.messages(BOB)).hasSize(1);
        assertThat(f.messages(ALICE)).isEmpty();
    }

    @Test
    void securityTabStopsSpoofing() throws Exception {
        assertThat(rcpt("127.0.0.2", null, "alice@acme.test", "bob@acme.test")).startsWith("530 5.7.0");
        assertThat(rcpt("127.0.0.1", "alice@Acme", "bob@acme.test", "carol@far.test")).startsWith("553 5.7.1");
        f.settings(SmtpSections.SECURITY, s -> s.withAuthenticatedMustUseOwnAddress(false));
        assertThat(rcpt("127.0.0.1", "alice@Acme", "bob@acme.test", "carol@far.test")).startsWith("250");
    }
}
