package dev.mailroom.core.relay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.access.IpPatternList;
import dev.mailroom.core.directory.DirectoryStore;
import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every relay decider must do: the in-memory {@link RelayPolicy} and the real server
 * driven over SMTP (server-stub extends this class through admin-core's test-jar).
 *
 * <p>The fixture: post office {@code example} serving {@code example.test} with mailboxes
 * {@code alice}, {@code bob} and {@code postmaster} (password {@link #PASSWORD}); post office
 * {@code other} serving {@code other.test} with {@code carol}. Client {@code 127.0.0.1} is
 * privileged by default (article 25), {@code 127.0.0.2} is "somebody on the internet"; an
 * end-to-end implementation binds its client socket to {@link RcptFacts#clientIp()}, logs in
 * as {@link RcptFacts#authenticated()} with {@link #PASSWORD}, and reports the RCPT reply and
 * the debug-log lines of the transaction (without timestamps or message ids).
 */
public abstract class RelayDeciderContract {
    public static final String PASSWORD = "contract-Secret-1";
    public static final PostOfficeName EXAMPLE = PostOfficeName.of("example");
    public static final PostOfficeName OTHER = PostOfficeName.of("other");
    public static final DomainName EXAMPLE_TEST = DomainName.of("example.test");
    public static final DomainName OTHER_TEST = DomainName.of("other.test");
    public static final MailboxRef ALICE = new MailboxRef(EXAMPLE, MailboxName.of("alice"));
    public static final MailboxRef BOB = new MailboxRef(EXAMPLE, MailboxName.of("bob"));
    public static final MailboxRef POSTMASTER = new MailboxRef(EXAMPLE, MailboxName.of("postmaster"));
    public static final MailboxRef CAROL = new MailboxRef(OTHER, MailboxName.of("carol"));
    public static final String PRIVILEGED_IP = "127.0.0.1";
    public static final String STRANGER_IP = "127.0.0.2";

    private static final String RELAY_REFUSED =
            "550 5.7.1 This mail server requires authentication. Please check your mail client settings.";

    protected DirectoryStore directory;

    /** A fresh, empty directory store for each test (a ConfigStore on a temp dir, or in memory). */
    protected abstract DirectoryStore newDirectory();

    /** A decider using this directory and these settings. */
    protected abstract RelayDecider decider(DirectoryStore directory, RelaySettings relay, SecuritySettings security);

    /** The fixture described in the class comment; public so other tests can reuse it. */
    public static void seed(DirectoryStore store) {
        store.createPostOffice(EXAMPLE);
        store.addDomain(EXAMPLE, EXAMPLE_TEST);
        for (String name : List.of("alice", "bob", "postmaster")) {
            store.createMailbox(EXAMPLE, MailboxName.of(name), PASSWORD.toCharArray(), MailboxType.USER, 0);
        }
        store.createPostOffice(OTHER);
        store.addDomain(OTHER, OTHER_TEST);
        store.createMailbox(OTHER, MailboxName.of("carol"), PASSWORD.toCharArray(), MailboxType.USER, 0);
    }

    @BeforeEach
    void seedDirectory() {
        directory = newDirectory();
        seed(directory);
    }

    protected static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    protected static RcptFacts facts(String clientIp, MailboxRef authenticated, String sender, String recipient) {
        return new RcptFacts(ip(clientIp), ip("127.0.0.1"), Optional.ofNullable(authenticated), "client.test",
                sender, recipient);
    }

    private RcptDecision decide(RelaySettings relay, SecuritySettings security, RcptFacts facts) {
        return decider(directory, relay, security).decide(facts);
    }

    private RcptDecision decide(RcptFacts facts) {
        return decide(RelaySettings.defaults(), SecuritySettings.defaults(), facts);
    }

    private void updateDomain(DomainName name, java.util.function.UnaryOperator<Domain> change) {
        directory.updateDomain(change.apply(directory.domain(name).orElseThrow()));
    }

    // --- local recipients ---------------------------------------------------------------

    @Test
    void localRecipientIsAcceptedFromAnybody() {
        RcptDecision d = decide(facts(STRANGER_IP, null, "someone@remote.test", "<alice@example.test>"));
        assertThat(d.verdict()).isEqualTo(Verdict.LOCAL);
        assertThat(d.reply().code()).isEqualTo(250);
        assertThat(d.mailboxes()).containsExactly(ALICE);
        assertThat(d.log()).contains("ME-I0101: Local Delivery: Address (alice@example.test) is local");
    }

    @Test
    void unknownLocalRecipientIsRefusedWith5_1_1UnderForceInboundResolution() {
        RcptDecision d = decide(facts(STRANGER_IP, null, "someone@remote.test", "nobody@example.test"));
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.reply().code()).isEqualTo(550);
        assertThat(d.reply().enhanced()).isEqualTo("5.1.1");
        assertThat(d.log()).contains("Local Delivery: Domain for (nobody@example.test) is locally serviced,"
                + " but recipient is not defined in address map.");
    }

    @Test
    void withoutForceInboundResolutionTheLocalDomainAcceptsAnything() {
        RcptDecision d = decide(RelaySettings.defaults().withForceInboundResolution(false), SecuritySettings.defaults(),
                facts(STRANGER_IP, null, "someone@remote.test", "nobody@example.test"));
        assertThat(d.accepted()).isTrue();
        assertThat(d.reply().code()).isEqualTo(250);
        assertThat(d.log()).contains("Local Delivery: Domain for (nobody@example.test) is locally serviced.");
    }

    @Test
    void catchAllTakesUndefinedAddressesUnlessDisabledServerWide() {
        updateDomain(EXAMPLE_TEST, d -> new Domain(d.name(), d.postOffice(), true, "bob", "", "", List.of()));
        RcptFacts f = facts(STRANGER_IP, null, "someone@remote.test", "whatever@example.test");
        RcptDecision d = decide(f);
        assertThat(d.verdict()).isEqualTo(Verdict.LOCAL);
        assertThat(d.mailboxes()).containsExactly(BOB);
        assertThat(d.log()).contains("ME-I0102: Address ([SMTP:whatever@example.test]) is to be delivered to Catch-All address");

        RcptDecision off = decide(RelaySettings.defaults(), SecuritySettings.defaults().withDisableCatchAlls(true), f);
        assertThat(off.reply().enhanced()).isEqualTo("5.1.1");
        assertThat(off.log()).noneMatch(l -> l.contains("Catch-All"));
    }

    @Test
    void postmasterIsLocal() {
        RcptDecision d = decide(facts(STRANGER_IP, null, "someone@remote.test", "postmaster@example.test"));
        assertThat(d.verdict()).isEqualTo(Verdict.LOCAL);
        assertThat(d.mailboxes()).containsExactly(POSTMASTER);
        assertThat(d.log()).contains("Local Delivery: Address (postmaster@example.test) is nearby");
    }

    @Test
    void blacklistedSenderDomainIsRefused() {
        updateDomain(EXAMPLE_TEST, d -> new Domain(d.name(), d.postOffice(), true, "", "", "", List.of("*.com.au")));
        RcptDecision d = decide(facts(STRANGER_IP, null, "spam@shop.com.au", "alice@example.test"));
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.reply().code()).isEqualTo(550);
        assertThat(d.log()).contains("Recipient Denied: shop.com.au is a blacklisted domain");
        // Another domain's blacklist does not apply.
        assertThat(decide(facts(STRANGER_IP, null, "spam@shop.com.au", "carol@other.test")).accepted()).isTrue();
    }

    @Test
    void disabledMailboxIsRefused() {
        Mailbox bob = directory.mailbox(BOB).orElseThrow();
        directory.updateMailbox(new Mailbox(EXAMPLE, bob.name(), "", bob.type(), 0, false, false, List.of(), false));
        RcptDecision d = decide(facts(STRANGER_IP, null, "someone@remote.test", "bob@example.test"));
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.reply().toString()).startsWith("550 5.2.1");
    }

    // --- relay ----------------------------------------------------------------------------

    @Test
    void outOfTheBoxAStrangerCannotRelay() {
        RcptDecision d = decide(facts(STRANGER_IP, null, "someone@remote.test", "victim@elsewhere.test"));
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.reply().toString()).isEqualTo(RELAY_REFUSED);
        assertThat(d.log()).contains("ME-I0111: Relay Denied: Failed to meet all relay criteria");
    }

    @Test
    void outOfTheBoxAnApplicationOnTheServerMayRelay() {
        RcptDecision d = decide(facts(PRIVILEGED_IP, null, "app@remote.test", "someone@elsewhere.test"));
        assertThat(d.verdict()).isEqualTo(Verdict.RELAY);
        assertThat(d.deliverTo()).isEqualTo("someone@elsewhere.test");
        assertThat(d.log()).contains("ME-I0107: Relay Granted: Sender IP (127.0.0.1) is within an authorized IP range");
    }

    @Test
    void privilegedRangesOffOrNotMatching() {
        RcptFacts f = facts(PRIVILEGED_IP, null, "app@remote.test", "someone@elsewhere.test");
        RcptDecision off = decide(RelaySettings.defaults().withAllowPrivilegedRanges(false), SecuritySettings.defaults(), f);
        assertThat(off.reply().toString()).isEqualTo(RELAY_REFUSED);
        RcptDecision cidr = decide(RelaySettings.defaults().withPrivilegedRanges(IpPatternList.parse(List.of("127.0.0.0/30"))),
                SecuritySettings.defaults(), facts(STRANGER_IP, null, "app@remote.test", "someone@elsewhere.test"));
        assertThat(cidr.log()).contains("ME-I0107: Relay Granted: Sender IP (127.0.0.2) is within an authorized IP range");
        RcptDecision wildcard = decide(RelaySettings.defaults().withPrivilegedRanges(IpPatternList.parse(List.of("127.0.0.*"))),
                SecuritySettings.defaults(), facts(STRANGER_IP, null, "app@remote.test", "someone@elsewhere.test"));
        assertThat(wildcard.verdict()).isEqualTo(Verdict.RELAY);
    }

    @Test
    void authenticatedSenderMayRelay() {
        RcptDecision d = decide(facts(STRANGER_IP, ALICE, "alice@example.test", "friend@elsewhere.test"));
        assertThat(d.verdict()).isEqualTo(Verdict.RELAY);
        assertThat(d.log()).contains("ME-I0108: Relay Granted: Sender has authenticated");
        RcptDecision off = decide(RelaySettings.defaults().withAllowAuthenticated(false), SecuritySettings.defaults(),
                facts(STRANGER_IP, ALICE, "alice@example.test", "friend@elsewhere.test"));
        assertThat(off.reply().toString()).isEqualTo(RELAY_REFUSED);
        assertThat(off.log()).contains("ME-I0111: Relay Denied: Failed to meet all relay criteria");
    }

    @Test
    void relayDisabledRefusesEvenAuthenticatedButLocalMailStillArrives() {
        RelaySettings disabled = RelaySettings.defaults().withRelayEnabled(false);
        RcptDecision relay = decide(disabled, SecuritySettings.defaults(),
                facts(PRIVILEGED_IP, ALICE, "alice@example.test", "friend@elsewhere.test"));
        assertThat(relay.verdict()).isEqualTo(Verdict.DENY);
        assertThat(relay.reply().code()).isEqualTo(550);
        assertThat(relay.log()).contains("ME-I0112: Relay Denied: Server is configured not to allow relaying");
        RcptDecision local = decide(disabled, SecuritySettings.defaults(),
                facts(STRANGER_IP, null, "someone@remote.test", "carol@other.test"));
        assertThat(local.verdict()).isEqualTo(Verdict.LOCAL);
    }

    @Test
    void localSenderRelayWhenSwitchedOn() {
        RelaySettings localSenders = RelaySettings.defaults().withAllowLocalSenders(true);
        SecuritySettings noSpoofCheck = SecuritySettings.defaults().withLocalSendersMustAuthenticate(false);
        RcptDecision granted = decide(localSenders, noSpoofCheck,
                facts(STRANGER_IP, null, "bob@example.test", "friend@elsewhere.test"));
        assertThat(granted.verdict()).isEqualTo(Verdict.RELAY);
        assertThat(granted.log()).contains("ME-I0106: Relay Granted: bob@example.test is in local address map");

        RcptDecision unknownSender = decide(localSenders, noSpoofCheck,
                facts(STRANGER_IP, null, "someone@remote.test", "friend@elsewhere.test"));
        assertThat(unknownSender.reply().toString()).isEqualTo(RELAY_REFUSED);
        assertThat(unknownSender.log()).contains("ME-E0109: Relay Denied: Failed to meet all relay criteria");

        RcptDecision offByDefault = decide(RelaySettings.defaults(), noSpoofCheck,
                facts(STRANGER_IP, null, "bob@example.test", "friend@elsewhere.test"));
        assertThat(offByDefault.verdict()).isEqualTo(Verdict.DENY);
        assertThat(offByDefault.log()).contains("ME-I0111: Relay Denied: Failed to meet all relay criteria");
    }

    @Test
    void anyoneMayRelayOnlyWhenSwitchedOn() {
        RcptDecision d = decide(RelaySettings.defaults().withAllowAnyone(true), SecuritySettings.defaults(),
                facts(STRANGER_IP, null, "someone@remote.test", "victim@elsewhere.test"));
        assertThat(d.verdict()).isEqualTo(Verdict.RELAY);
        assertThat(d.log()).contains("ME-I0110: Relay Granted: Server is configured to allow anyone to relay");
    }

    // --- security tab -------------------------------------------------------------------

    @Test
    void authenticatedSenderMustUseItsOwnAddress() {
        RcptDecision spoof = decide(facts(STRANGER_IP, ALICE, "bob@example.test", "friend@elsewhere.test"));
        assertThat(spoof.verdict()).isEqualTo(Verdict.DENY);
        assertThat(spoof.reply().code()).isEqualTo(553);
        RcptDecision allowed = decide(RelaySettings.defaults(),
                SecuritySettings.defaults().withAuthenticatedMustUseOwnAddress(false),
                facts(STRANGER_IP, ALICE, "bob@example.test", "friend@elsewhere.test"));
        assertThat(allowed.verdict()).isEqualTo(Verdict.RELAY);
    }

    @Test
    void localSenderAddressMustAuthenticate() {
        RcptDecision spoof = decide(facts(STRANGER_IP, null, "alice@example.test", "bob@example.test"));
        assertThat(spoof.verdict()).isEqualTo(Verdict.DENY);
        assertThat(spoof.reply().code()).isEqualTo(530);
        RcptDecision app = decide(facts(PRIVILEGED_IP, null, "alice@example.test", "bob@example.test"));
        assertThat(app.verdict()).isEqualTo(Verdict.LOCAL);
        RcptDecision off = decide(RelaySettings.defaults(),
                SecuritySettings.defaults().withLocalSendersMustAuthenticate(false),
                facts(STRANGER_IP, null, "alice@example.test", "bob@example.test"));
        assertThat(off.verdict()).isEqualTo(Verdict.LOCAL);
    }

    @Test
    void nullSenderIsAccepted() {
        RcptDecision d = decide(facts(STRANGER_IP, null, "<>", "alice@example.test"));
        assertThat(d.verdict()).isEqualTo(Verdict.LOCAL);
    }

    @Test
    void domainLiteralsAreRefusedUnlessAccepted() {
        RcptFacts f = facts(STRANGER_IP, null, "someone@remote.test", "alice@[127.0.0.1]");
        RcptDecision off = decide(f);
        assertThat(off.verdict()).isEqualTo(Verdict.DENY);
        assertThat(off.reply().code()).isEqualTo(550);
        assertThat(off.log()).contains("Recipient Denied: Domain literal (alice@[127.0.0.1]) is not accepted");
    }
}
