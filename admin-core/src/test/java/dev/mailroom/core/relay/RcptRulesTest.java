package dev.mailroom.core.relay;

import static dev.mailroom.core.relay.RelayDeciderContract.ALICE;
import static dev.mailroom.core.relay.RelayDeciderContract.BOB;
import static dev.mailroom.core.relay.RelayDeciderContract.CAROL;
import static dev.mailroom.core.relay.RelayDeciderContract.EXAMPLE;
import static dev.mailroom.core.relay.RelayDeciderContract.EXAMPLE_TEST;
import static dev.mailroom.core.relay.RelayDeciderContract.OTHER;
import static dev.mailroom.core.relay.RelayDeciderContract.POSTMASTER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.access.IpPatternList;
import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.PostOffice;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.relay.RuleResult.Status;
import dev.mailroom.core.config.ConfigStore;
import dev.mailroom.core.testing.TestDirectories;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule alone: when it decides, what it answers and logs, and when it declines. */
class RcptRulesTest {
    @TempDir
    Path dataDir;
    private ConfigStore dir;
    private RelaySettings relay = RelaySettings.defaults();
    private SecuritySettings security = SecuritySettings.defaults();

    @BeforeEach
    void seed() {
        dir = TestDirectories.configStore(dataDir);
        RelayDeciderContract.seed(dir);
    }

    static InetAddress ip(String s) {
        return RelayDeciderContract.ip(s);
    }

    private RcptContext ctx(String clientIp, MailboxRef auth, String sender, String recipient) {
        RcptFacts f = new RcptFacts(ip(clientIp), ip("127.0.0.1"), Optional.ofNullable(auth), "client.test", sender, recipient);
        return new RcptContext(f, RecipientAddress.parse(recipient), SenderCheck.parse(sender), relay, security, dir,
                Optional.of(EXAMPLE));
    }

    private RcptContext stranger(String sender, String recipient) {
        return ctx("192.0.2.7", null, sender, recipient);
    }

    private void domain(UnaryOperator<Domain> change) {
        dir.updateDomain(change.apply(dir.domain(EXAMPLE_TEST).orElseThrow()));
    }

    private static Domain with(Domain d, String catchAll, String abuse, String postmaster, List<String> blacklist) {
        return new Domain(d.name(), d.postOffice(), d.enabled(), catchAll, abuse, postmaster, blacklist);
    }

    private void disable(MailboxRef ref) {
        Mailbox m = dir.mailbox(ref).orElseThrow();
        dir.updateMailbox(new Mailbox(m.postOffice(), m.name(), "", m.type(), 0, false, false, List.of(), false));
    }

    @Nested
    class SenderBlacklist {
        private final SenderBlacklistRule rule = new SenderBlacklistRule();

        @Test
        void deniesAMatchingSenderDomain() {
            domain(d -> with(d, "", "", "", List.of("spam.test", "*.com.au")));
            RuleResult r = rule.apply(stranger("x@Mail.Shop.COM.au", "alice@example.test"));
            assertThat(r.status()).isEqualTo(Status.DENY);
            assertThat(r.reply().toString()).isEqualTo("550 5.7.1 Mail from mail.shop.com.au is not accepted for this recipient");
            assertThat(r.lines()).containsExactly("Recipient Denied: mail.shop.com.au is a blacklisted domain");
            assertThat(rule.apply(stranger("x@spam.test", "alice@example.test")).status()).isEqualTo(Status.DENY);
        }

        @Test
        void declinesOtherwise() {
            domain(d -> with(d, "", "", "", List.of("*.com.au")));
            assertThat(rule.apply(stranger("x@com.au", "alice@example.test"))).isEqualTo(RuleResult.DECLINED);
            assertThat(rule.apply(stranger("<>", "alice@example.test"))).isEqualTo(RuleResult.DECLINED);
            assertThat(rule.apply(stranger("x@shop.com.au", "carol@other.test"))).isEqualTo(RuleResult.DECLINED);
            assertThat(rule.apply(stranger("x@shop.com.au", "someone@remote.test"))).isEqualTo(RuleResult.DECLINED);
        }
    }

    @Nested
    class DisabledDomain {
        private final DisabledDomainRule rule = new DisabledDomainRule();

        @Test
        void disabledDomainIsRefused() {
            domain(d -> new Domain(d.name(), d.postOffice(), false, "", "", "", List.of()));
            RuleResult r = rule.apply(stranger("x@remote.test", "alice@example.test"));
            assertThat(r.status()).isEqualTo(Status.DENY);
            assertThat(r.reply().toString()).startsWith("550 5.2.1 <alice@example.test>");
            assertThat(r.lines()).containsExactly("Recipient Denied: Domain for (alice@example.test) is disabled");
        }

        @Test
        void domainOfADisabledPostOfficeIsRefused() {
            dir.updatePostOffice(new PostOffice(EXAMPLE, false, ""));
            RuleResult r = rule.apply(stranger("x@remote.test", "alice@example.test"));
            assertThat(r.status()).isEqualTo(Status.DENY);
            assertThat(r.lines()).containsExactly("Recipient Denied: Post office (example) serving (alice@example.test) is disabled");
        }

        @Test
        void enabledOrRemoteDeclines() {
            assertThat(rule.apply(stranger("x@remote.test", "alice@example.test"))).isEqualTo(RuleResult.DECLINED);
            assertThat(rule.apply(stranger("x@remote.test", "x@remote.test"))).isEqualTo(RuleResult.DECLINED);
        }
    }

    @Nested
    class DomainLiteral {
        private final DomainLiteralRule rule = new DomainLiteralRule();

        @Test
        void refusedByDefault() {
            RuleResult r = rule.apply(stranger("x@remote.test", "alice@[127.0.0.1]"));
            assertThat(r.status()).isEqualTo(Status.DENY);
            assertThat(r.reply().toString()).startsWith("550 5.1.2 <alice@[127.0.0.1]>");
            assertThat(r.lines()).containsExactly("Recipient Denied: Domain literal (alice@[127.0.0.1]) is not accepted");
        }

        @Test
        void acceptedLiteralOfThisServerIsAMailboxOfTheDefaultOrBoundPostOffice() {
            security = security.withAcceptDomainLiterals(true);
            RuleResult r = rule.apply(stranger("x@remote.test", "alice@[127.0.0.1]"));
            assertThat(r.status()).isEqualTo(Status.OK);
            assertThat(r.mailboxes()).containsExactly(ALICE);
            assertThat(r.lines()).containsExactly("ME-I0101: Local Delivery: Address (alice@[127.0.0.1]) is local");

            dir.updatePostOffice(new PostOffice(OTHER, true, "127.0.0.1"));
            assertThat(rule.apply(stranger("x@remote.test", "carol@[127.0.0.1]")).mailboxes()).containsExactly(CAROL);
            assertThat(rule.apply(stranger("x@remote.test", "alice@[127.0.0.1]"))).isEqualTo(RuleResult.DECLINED);
        }

        @Test
        void acceptedLiteralOfAnotherHostIsLeftToTheRelayRules() {
            security = security.withAcceptDomainLiterals(true);
            assertThat(rule.apply(stranger("x@remote.test", "alice@[192.0.2.1]"))).isEqualTo(RuleResult.DECLINED);
            assertThat(rule.apply(stranger("x@remote.test", "alice@[IPv6:2001:db8::1]"))).isEqualTo(RuleResult.DECLINED);
        }

        @Test
        void ordinaryAddressesDecline() {
            assertThat(rule.apply(stranger("x@remote.test", "alice@example.test"))).isEqualTo(RuleResult.DECLINED);
        }
    }

    @Nested
    class Postmaster {
        private final PostmasterRule rule = new PostmasterRule();

        @Test
        void postmasterMailboxOfTheDomainsPostOffice() {
            RuleResult r = rule.apply(stranger("x@remote.test", "PostMaster@example.test"));
            assertThat(r.status()).isEqualTo(Status.OK);
            assertThat(r.mailboxes()).containsExactly(POSTMASTER);
            assertThat(r.lines()).containsExactly("Local Delivery: Address (PostMaster@example.test) is nearby");
        }

        @Test
        void barePostmasterGoesToTheDefaultPostOffice() {
            RuleResult r = rule.apply(stranger("x@remote.test", "<Postmaster>"));
            assertThat(r.mailboxes()).containsExactly(POSTMASTER);
            assertThat(r.lines()).containsExactly("Local Delivery: Address (Postmaster) is nearby");
        }

        @Test
        void redirectionToALocalAddress() {
            domain(d -> with(d, "", "", "bob@example.test", List.of()));
            RuleResult r = rule.apply(stranger("x@remote.test", "postmaster@example.test"));
            assertThat(r.verdict()).isEqualTo(Verdict.LOCAL);
            assertThat(r.mailboxes()).containsExactly(BOB);
            assertThat(r.deliverTo()).isEqualTo("bob@example.test");
            assertThat(r.lines()).containsExactly("Local Delivery: Address (postmaster@example.test) is nearby",
                    "Local Delivery: Address (postmaster@example.test) is redirected to (bob@example.test)");
        }

        @Test
        void redirectionToARemoteAddressIsDeliveredThere() {
            domain(d -> with(d, "", "", "noc@provider.test", List.of()));
            RuleResult r = rule.apply(stranger("x@remote.test", "postmaster@example.test"));
            assertThat(r.verdict()).isEqualTo(Verdict.RELAY);
            assertThat(r.deliverTo()).isEqualTo("noc@provider.test");
            assertThat(r.mailboxes()).isEmpty();
        }

        @Test
        void abuseRedirection() {
            domain(d -> with(d, "", "carol@other.test", "", List.of()));
            RuleResult r = rule.apply(stranger("x@remote.test", "abuse@example.test"));
            assertThat(r.mailboxes()).containsExactly(CAROL);
            assertThat(r.lines()).containsExactly("Local Delivery: Address (abuse@example.test) is redirected to (carol@other.test)");
            domain(d -> with(d, "", "", "", List.of()));
            assertThat(rule.apply(stranger("x@remote.test", "abuse@example.test"))).isEqualTo(RuleResult.DECLINED);
        }

        @Test
        void addressMapEntryForPostmasterWinsOverTheMailboxName() {
            dir.removeAddress(POSTMASTER, EmailAddress.of("postmaster@example.test"));
            dir.addAddress(ALICE, EmailAddress.of("postmaster@example.test"));
            assertThat(rule.apply(stranger("x@remote.test", "postmaster@example.test")).mailboxes()).containsExactly(ALICE);
        }

        @Test
        void noTargetDeclines() {
            dir.deleteMailbox(POSTMASTER);
            assertThat(rule.apply(stranger("x@remote.test", "postmaster@example.test"))).isEqualTo(RuleResult.DECLINED);
            assertThat(rule.apply(stranger("x@remote.test", "postmaster@remote.test"))).isEqualTo(RuleResult.DECLINED);
            assertThat(rule.apply(stranger("x@remote.test", "alice@example.test"))).isEqualTo(RuleResult.DECLINED);
        }

        @Test
        void disabledPostmasterIsRefused() {
            disable(POSTMASTER);
            RuleResult r = rule.apply(stranger("x@remote.test", "postmaster@example.test"));
            assertThat(r.status()).isEqualTo(Status.DENY);
            assertThat(r.lines()).containsExactly("Local Delivery: Address (postmaster@example.test) is nearby",
                    "Recipient Denied: Mailbox (example/postmaster) for (postmaster@example.test) is disabled");
        }
    }

    @Nested
    class AddressMap {
        private final AddressMapRule rule = new AddressMapRule();

        @Test
        void literalAddressIsLocalCaseInsensitively() {
            RuleResult r = rule.apply(stranger("x@remote.test", "ALICE@Example.Test"));
            assertThat(r.status()).isEqualTo(Status.OK);
            assertThat(r.mailboxes()).containsExactly(ALICE);
            assertThat(r.deliverTo()).isEqualTo("ALICE@example.test");
            assertThat(r.lines()).containsExactly("ME-I0101: Local Delivery: Address (ALICE@example.test) is local");
        }

        @Test
        void anAddressInAForeignDomainMappedHereIsLocal() {
            dir.addAddress(BOB, EmailAddress.of("bob@legacy.test"));
            assertThat(rule.apply(stranger("x@remote.test", "bob@legacy.test")).mailboxes()).containsExactly(BOB);
        }

        @Test
        void disabledMailboxIsRefused() {
            disable(BOB);
            RuleResult r = rule.apply(stranger("x@remote.test", "bob@example.test"));
            assertThat(r.status()).isEqualTo(Status.DENY);
            assertThat(r.reply().toString()).startsWith("550 5.2.1 <bob@example.test>");
            assertThat(r.lines()).containsExactly("ME-I0101: Local Delivery: Address (bob@example.test) is local",
                    "Recipient Denied: Mailbox (example/bob) for (bob@example.test) is disabled");
        }

        @Test
        void unmappedDeclines() {
            assertThat(rule.apply(stranger("x@remote.test", "nobody@example.test"))).isEqualTo(RuleResult.DECLINED);
            assertThat(rule.apply(stranger("x@remote.test", "<postmaster>"))).isEqualTo(RuleResult.DECLINED);
        }
    }

    @Nested
    class CatchAll {
        private final CatchAllRule rule = new CatchAllRule();

        @Test
        void catchAllMailbox() {
            domain(d -> with(d, "bob", "", "", List.of()));
            RuleResult r = rule.apply(stranger("x@remote.test", "made-up@example.test"));
            assertThat(r.mailboxes()).containsExactly(BOB);
            assertThat(r.lines()).containsExactly("ME-I0102: Address ([SMTP:made-up@example.test]) is to be delivered to Catch-All address");
        }

        @Test
        void declinesWhenUnsetDisabledServerWideOrMissing() {
            assertThat(rule.apply(stranger("x@remote.test", "made-up@example.test"))).isEqualTo(RuleResult.DECLINED);
            domain(d -> with(d, "bob", "", "", List.of()));
            security = security.withDisableCatchAlls(true);
            assertThat(rule.apply(stranger("x@remote.test", "made-up@example.test"))).isEqualTo(RuleResult.DECLINED);
            security = SecuritySettings.defaults();
            domain(d -> with(d, "ghost", "", "", List.of()));
            assertThat(rule.apply(stranger("x@remote.test", "made-up@example.test"))).isEqualTo(RuleResult.DECLINED);
        }

        @Test
        void disabledCatchAllMailboxIsRefused() {
            domain(d -> with(d, "bob", "", "", List.of()));
            disable(BOB);
            assertThat(rule.apply(stranger("x@remote.test", "made-up@example.test")).status()).isEqualTo(Status.DENY);
        }
    }

    @Nested
    class LocalDomain {
        private final LocalDomainRule rule = new LocalDomainRule();

        @Test
        void forceInboundResolutionRefuses() {
            RuleResult r = rule.apply(stranger("x@remote.test", "nobody@example.test"));
            assertThat(r.status()).isEqualTo(Status.DENY);
            assertThat(r.reply().toString()).isEqualTo("550 5.1.1 <nobody@example.test>: Recipient address rejected: no such mailbox here");
            assertThat(r.lines()).containsExactly(
                    "Local Delivery: Domain for (nobody@example.test) is locally serviced, but recipient is not defined in address map.");
        }

        @Test
        void withoutItTheRecipientIsAcceptedWithNoMailbox() {
            relay = relay.withForceInboundResolution(false);
            RuleResult r = rule.apply(stranger("x@remote.test", "nobody@example.test"));
            assertThat(r.status()).isEqualTo(Status.OK);
            assertThat(r.verdict()).isEqualTo(Verdict.LOCAL);
            assertThat(r.mailboxes()).isEmpty();
            assertThat(r.lines()).containsExactly("Local Delivery: Domain for (nobody@example.test) is locally serviced.");
        }

        @Test
        void remoteDomainsDecline() {
            assertThat(rule.apply(stranger("x@remote.test", "x@remote.test"))).isEqualTo(RuleResult.DECLINED);
        }
    }

    @Nested
    class Relay {
        @Test
        void relayEnabled() {
            RelayEnabledRule rule = new RelayEnabledRule();
            assertThat(rule.apply(stranger("x@remote.test", "y@remote.test"))).isEqualTo(RuleResult.DECLINED);
            relay = relay.withRelayEnabled(false);
            RuleResult r = rule.apply(stranger("x@remote.test", "y@remote.test"));
            assertThat(r.status()).isEqualTo(Status.DENY);
            assertThat(r.reply().toString()).isEqualTo("550 5.7.1 Relaying is not allowed on this server");
            assertThat(r.lines()).containsExactly("ME-I0112: Relay Denied: Server is configured not to allow relaying");
        }

        @Test
        void localSender() {
            LocalSenderRelayRule rule = new LocalSenderRelayRule();
            assertThat(rule.apply(stranger("bob@example.test", "y@remote.test"))).isEqualTo(RuleResult.DECLINED);
            relay = relay.withAllowLocalSenders(true);
            RuleResult r = rule.apply(stranger("Bob@Example.test", "y@remote.test"));
            assertThat(r.status()).isEqualTo(Status.OK);
            assertThat(r.verdict()).isEqualTo(Verdict.RELAY);
            assertThat(r.deliverTo()).isEqualTo("y@remote.test");
            assertThat(r.lines()).containsExactly("ME-I0106: Relay Granted: Bob@example.test is in local address map");
            // A sender merely in a local domain is not in the address map.
            assertThat(rule.apply(stranger("ghost@example.test", "y@remote.test"))).isEqualTo(RuleResult.DECLINED);
            assertThat(rule.apply(stranger("<>", "y@remote.test"))).isEqualTo(RuleResult.DECLINED);
        }

        @Test
        void privilegedIp() {
            PrivilegedIpRelayRule rule = new PrivilegedIpRelayRule();
            RuleResult v4 = rule.apply(ctx("127.0.0.1", null, "x@remote.test", "y@remote.test"));
            assertThat(v4.lines()).containsExactly("ME-I0107: Relay Granted: Sender IP (127.0.0.1) is within an authorized IP range");
            RuleResult v6 = rule.apply(ctx("::1", null, "x@remote.test", "y@remote.test"));
            assertThat(v6.lines()).containsExactly("ME-I0107: Relay Granted: Sender IP (::1) is within an authorized IP range");
            assertThat(rule.apply(ctx("127.0.0.2", null, "x@remote.test", "y@remote.test"))).isEqualTo(RuleResult.DECLINED);

            relay = relay.withPrivilegedRanges(IpPatternList.parse(List.of("2001:db8::/32", "192.168.0.*")));
            assertThat(rule.apply(ctx("2001:db8:1::9", null, "x@remote.test", "y@remote.test")).status()).isEqualTo(Status.OK);
            assertThat(rule.apply(ctx("192.168.0.200", null, "x@remote.test", "y@remote.test")).status()).isEqualTo(Status.OK);
            assertThat(rule.apply(ctx("192.168.1.200", null, "x@remote.test", "y@remote.test"))).isEqualTo(RuleResult.DECLINED);
            assertThat(rule.apply(ctx("127.0.0.1", null, "x@remote.test", "y@remote.test"))).isEqualTo(RuleResult.DECLINED);

            relay = relay.withAllowPrivilegedRanges(false);
            assertThat(rule.apply(ctx("192.168.0.200", null, "x@remote.test", "y@remote.test"))).isEqualTo(RuleResult.DECLINED);
        }

        @Test
        void authenticated() {
            AuthenticatedRelayRule rule = new AuthenticatedRelayRule();
            assertThat(rule.apply(stranger("x@remote.test", "y@remote.test"))).isEqualTo(RuleResult.DECLINED);
            RuleResult r = rule.apply(ctx("192.0.2.7", ALICE, "alice@example.test", "y@remote.test"));
            assertThat(r.verdict()).isEqualTo(Verdict.RELAY);
            assertThat(r.lines()).containsExactly("ME-I0108: Relay Granted: Sender has authenticated");
            relay = relay.withAllowAuthenticated(false);
            assertThat(rule.apply(ctx("192.0.2.7", ALICE, "alice@example.test", "y@remote.test"))).isEqualTo(RuleResult.DECLINED);
        }

        @Test
        void anyone() {
            AnyoneRelayRule rule = new AnyoneRelayRule();
            assertThat(rule.apply(stranger("x@remote.test", "y@remote.test"))).isEqualTo(RuleResult.DECLINED);
            relay = relay.withAllowAnyone(true);
            RuleResult r = rule.apply(stranger("x@remote.test", "y@remote.test"));
            assertThat(r.verdict()).isEqualTo(Verdict.RELAY);
            assertThat(r.lines()).containsExactly("ME-I0110: Relay Granted: Server is configured to allow anyone to relay");
        }

        @Test
        void noCriteriaMet() {
            NoRelayCriteriaRule rule = new NoRelayCriteriaRule();
            RuleResult plain = rule.apply(stranger("x@remote.test", "y@remote.test"));
            assertThat(plain.status()).isEqualTo(Status.DENY);
            assertThat(plain.reply().toString())
                    .isEqualTo("550 5.7.1 This mail server requires authentication. Please check your mail client settings.");
            assertThat(plain.lines()).containsExactly("ME-I0111: Relay Denied: Failed to meet all relay criteria");
            relay = relay.withAllowLocalSenders(true);
            assertThat(rule.apply(stranger("x@remote.test", "y@remote.test")).lines())
                    .containsExactly("ME-E0109: Relay Denied: Failed to meet all relay criteria");
            assertThat(rule.apply(stranger("<>", "y@remote.test")).lines())
                    .containsExactly("ME-E0109: Relay Denied: Failed to meet all relay criteria");
        }
    }
}
