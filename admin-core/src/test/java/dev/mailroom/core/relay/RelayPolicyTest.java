package dev.mailroom.core.relay;

import static dev.mailroom.core.relay.RelayDeciderContract.ALICE;
import static dev.mailroom.core.relay.RelayDeciderContract.BOB;
import static dev.mailroom.core.relay.RelayDeciderContract.EXAMPLE;
import static dev.mailroom.core.relay.RelayDeciderContract.EXAMPLE_TEST;
import static dev.mailroom.core.relay.RelayDeciderContract.POSTMASTER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.access.IpPatternList;
import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.config.ConfigStore;
import dev.mailroom.core.testing.TestDirectories;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole chain: article 10's order, the exact log of a decision, MAIL FROM, malformed input. */
class RelayPolicyTest {
    @TempDir
    Path dataDir;
    private ConfigStore dir;

    @BeforeEach
    void seed() {
        dir = TestDirectories.configStore(dataDir);
        RelayDeciderContract.seed(dir);
    }

    private RelayPolicy policy(RelaySettings relay, SecuritySettings security) {
        return new RelayPolicy(dir, relay, security, Optional.of(EXAMPLE));
    }

    private static RcptFacts facts(String ip, MailboxRef auth, String sender, String recipient) {
        return new RcptFacts(RelayDeciderContract.ip(ip), RelayDeciderContract.ip("127.0.0.1"), Optional.ofNullable(auth),
                "client.test", sender, recipient);
    }

    private static final RelaySettings EVERY_RELAY_RIGHT = RelaySettings.defaults().withAllowLocalSenders(true)
            .withAllowAnyone(true).withPrivilegedRanges(IpPatternList.parse(List.of("0.0.0.0/0", "::/0")));
    private static final SecuritySettings LAX = new SecuritySettings(false, false, false, false);

    @Test
    void rulesRunInArticle10sOrder() {
        assertThat(RelayPolicy.RULES).extracting(r -> r.getClass().getSimpleName()).containsExactly(
                "SenderBlacklistRule", "DisabledDomainRule", "DomainLiteralRule", "PostmasterRule", "AddressMapRule",
                "CatchAllRule", "LocalDomainRule", "RelayEnabledRule", "LocalSenderRelayRule", "PrivilegedIpRelayRule",
                "AuthenticatedRelayRule", "AnyoneRelayRule", "NoRelayCriteriaRule");
    }

    @Test
    void aLocalSenderWinsOverEveryLaterRelayRight() {
        RcptDecision d = policy(EVERY_RELAY_RIGHT, LAX).decideRcpt(facts("127.0.0.1", ALICE, "bob@example.test", "x@remote.test"));
        assertThat(d.log()).containsExactly("ME-I0106: Relay Granted: bob@example.test is in local address map");
    }

    @Test
    void privilegedIpComesBeforeAuthenticationAndAuthenticationBeforeAnyone() {
        RcptDecision ipFirst = policy(EVERY_RELAY_RIGHT, LAX).decideRcpt(facts("127.0.0.1", ALICE, "x@remote.test", "y@remote.test"));
        assertThat(ipFirst.log()).containsExactly("ME-I0107: Relay Granted: Sender IP (127.0.0.1) is within an authorized IP range");
        RcptDecision authNext = policy(EVERY_RELAY_RIGHT.withAllowPrivilegedRanges(false), LAX)
                .decideRcpt(facts("127.0.0.1", ALICE, "x@remote.test", "y@remote.test"));
        assertThat(authNext.log()).containsExactly("ME-I0108: Relay Granted: Sender has authenticated");
        RcptDecision anyoneLast = policy(EVERY_RELAY_RIGHT.withAllowPrivilegedRanges(false), LAX)
                .decideRcpt(facts("127.0.0.1", null, "x@remote.test", "y@remote.test"));
        assertThat(anyoneLast.log()).containsExactly("ME-I0110: Relay Granted: Server is configured to allow anyone to relay");
    }

    @Test
    void relaySwitchOverridesEveryRelayRight() {
        RcptDecision d = policy(EVERY_RELAY_RIGHT.withRelayEnabled(false), LAX)
                .decideRcpt(facts("127.0.0.1", ALICE, "bob@example.test", "y@remote.test"));
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.log()).containsExactly("ME-I0112: Relay Denied: Server is configured not to allow relaying");
    }

    @Test
    void blacklistComesBeforeLocalDeliveryAndPostmaster() {
        dir.updateDomain(new Domain(EXAMPLE_TEST, EXAMPLE, true, "", "", "", List.of("remote.test")));
        RcptDecision d = policy(RelaySettings.defaults(), LAX).decideRcpt(facts("127.0.0.1", null, "x@remote.test", "postmaster@example.test"));
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.log()).containsExactly("Recipient Denied: remote.test is a blacklisted domain");
    }

    @Test
    void postmasterComesBeforeTheAddressMapAndTheAddressMapBeforeTheCatchAll() {
        dir.updateDomain(new Domain(EXAMPLE_TEST, EXAMPLE, true, "bob", "", "", List.of()));
        RelayPolicy p = policy(RelaySettings.defaults(), LAX);
        assertThat(p.decideRcpt(facts("192.0.2.1", null, "x@remote.test", "postmaster@example.test")).log())
                .containsExactly("Local Delivery: Address (postmaster@example.test) is nearby");
        RcptDecision literal = p.decideRcpt(facts("192.0.2.1", null, "x@remote.test", "alice@example.test"));
        assertThat(literal.mailboxes()).containsExactly(ALICE);
        assertThat(literal.log()).containsExactly("ME-I0101: Local Delivery: Address (alice@example.test) is local");
        RcptDecision caught = p.decideRcpt(facts("192.0.2.1", null, "x@remote.test", "zed@example.test"));
        assertThat(caught.mailboxes()).containsExactly(BOB);
    }

    @Test
    void aLocalDomainNeverFallsThroughToTheRelayRules() {
        // Even an open relay refuses an unknown recipient of its own domain under Force Inbound Resolution.
        RcptDecision d = policy(EVERY_RELAY_RIGHT, LAX).decideRcpt(facts("127.0.0.1", ALICE, "x@remote.test", "ghost@example.test"));
        assertThat(d.reply().enhanced()).isEqualTo("5.1.1");
        assertThat(d.log()).hasSize(1);
    }

    @Test
    void decideLogsTheSenderStepThenTheRecipientStep() {
        RcptDecision d = policy(RelaySettings.defaults(), SecuritySettings.defaults())
                .decide(facts("192.0.2.1", null, "<x@remote.test>", "<alice@example.test>"));
        assertThat(d.log()).containsExactly("Sender Accepted: x@remote.test",
                "ME-I0101: Local Delivery: Address (alice@example.test) is local");
        assertThat(d.deliverTo()).isEqualTo("alice@example.test");
        assertThat(d.logText()).contains(System.lineSeparator());
    }

    @Test
    void aRefusedSenderStopsBeforeTheRecipientRules() {
        RcptDecision d = policy(RelaySettings.defaults(), SecuritySettings.defaults())
                .decide(facts("192.0.2.1", null, "alice@example.test", "bob@example.test"));
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.reply().toString()).isEqualTo("530 5.7.0 Authentication required to send from a local address");
        assertThat(d.log()).containsExactly("Sender Denied: Sender address (alice@example.test) is local and the client has not authenticated");
    }

    @Test
    void ipv6ClientsArePrivilegedByDefaultOnlyOnLoopback() {
        RelayPolicy p = policy(RelaySettings.defaults(), SecuritySettings.defaults());
        assertThat(p.decide(facts("::1", null, "app@remote.test", "y@remote.test")).log())
                .contains("ME-I0107: Relay Granted: Sender IP (::1) is within an authorized IP range");
        assertThat(p.decide(facts("2001:db8::1", null, "app@remote.test", "y@remote.test")).log())
                .containsExactly("Sender Accepted: app@remote.test", "ME-I0111: Relay Denied: Failed to meet all relay criteria");
    }

    @Test
    void malformedRecipientsAndSendersGetSyntaxReplies() {
        RelayPolicy p = policy(RelaySettings.defaults(), SecuritySettings.defaults());
        for (String bad : new String[] {"", "<>", "alice", "alice@", "@example.test", "a b@example.test", "alice@exa mple.test",
                "alice@[300.1.1.1]", "alice@[2001:db8::1]", "@relay.test", "x@-bad-.test"}) {
            RcptDecision d = p.decideRcpt(facts("192.0.2.1", null, "x@remote.test", bad));
            assertThat(d.reply().toString()).as(bad).isEqualTo("501 5.1.3 Bad recipient address syntax");
            assertThat(d.log()).as(bad).containsExactly("Recipient Denied: (" + bad + ") is not a valid address");
        }
        RcptDecision sender = p.decide(facts("192.0.2.1", null, "not an address", "alice@example.test"));
        assertThat(sender.reply().toString()).isEqualTo("501 5.1.7 Bad sender address syntax");
        assertThat(p.decideRcpt(facts("192.0.2.1", null, "@@", "alice@example.test")).reply().code()).isEqualTo(501);
    }

    @Test
    void sourceRoutesAreIgnored() {
        RcptDecision d = policy(RelaySettings.defaults(), SecuritySettings.defaults())
                .decideRcpt(facts("192.0.2.1", null, "x@remote.test", "<@relay.test,@hop.test:alice@example.test>"));
        assertThat(d.mailboxes()).containsExactly(ALICE);
    }

    @Test
    void domainLiteralOfThisServerWhenAccepted() {
        SecuritySettings literals = SecuritySettings.defaults().withAcceptDomainLiterals(true);
        RelayPolicy p = policy(RelaySettings.defaults(), literals);
        RcptDecision ours = p.decide(facts("192.0.2.1", null, "x@remote.test", "bob@[127.0.0.1]"));
        assertThat(ours.mailboxes()).containsExactly(BOB);
        RcptDecision unknown = p.decide(facts("192.0.2.1", null, "x@remote.test", "ghost@[127.0.0.1]"));
        assertThat(unknown.reply().enhanced()).isEqualTo("5.1.1");
        RcptDecision elsewhere = p.decide(facts("192.0.2.1", null, "x@remote.test", "bob@[192.0.2.99]"));
        assertThat(elsewhere.reply().toString())
                .isEqualTo("550 5.7.1 This mail server requires authentication. Please check your mail client settings.");
        RcptDecision relayed = p.decide(facts("192.0.2.1", ALICE, "alice@example.test", "bob@[IPv6:2001:db8::1]"));
        assertThat(relayed.verdict()).isEqualTo(Verdict.RELAY);
        assertThat(relayed.deliverTo()).isEqualTo("bob@[ipv6:2001:db8::1]");
    }

    @Test
    void barePostmasterWithoutAnyTargetFollowsForceInboundResolution() {
        dir.deleteMailbox(POSTMASTER);
        RcptDecision d = policy(RelaySettings.defaults(), SecuritySettings.defaults())
                .decideRcpt(facts("192.0.2.1", null, "x@remote.test", "postmaster"));
        assertThat(d.reply().enhanced()).isEqualTo("5.1.1");
        RcptDecision accepted = new RelayPolicy(dir, RelaySettings.defaults().withForceInboundResolution(false),
                SecuritySettings.defaults()).decideRcpt(facts("192.0.2.1", null, "x@remote.test", "postmaster"));
        assertThat(accepted.verdict()).isEqualTo(Verdict.LOCAL);
        assertThat(accepted.mailboxes()).isEmpty();
    }

    @Test
    void staleAddressMapEntryFallsThroughToTheCatchAll() {
        dir.updateDomain(new Domain(EXAMPLE_TEST, EXAMPLE, true, "bob", "", "", List.of()));
        dir.addAddress(ALICE, EmailAddress.of("old@example.test"));
        dir.deleteMailbox(ALICE);
        RcptDecision d = policy(RelaySettings.defaults(), SecuritySettings.defaults())
                .decideRcpt(facts("192.0.2.1", null, "x@remote.test", "alice@example.test"));
        assertThat(d.mailboxes()).containsExactly(BOB);
    }

    @Test
    void nullSettingsMeanTheSafeDefaults() {
        RelayPolicy p = new RelayPolicy(dir, null, null, null);
        RcptDecision d = p.decide(facts("192.0.2.1", null, "x@remote.test", "y@remote.test"));
        assertThat(d.reply().toString())
                .isEqualTo("550 5.7.1 This mail server requires authentication. Please check your mail client settings.");
    }
}
