package dev.mailroom.server.dns;

import dev.mailroom.core.dns.checks.DnsCheckResult;
import dev.mailroom.core.dns.checks.DnsCheckSettings;
import dev.mailroom.core.dns.rbl.RblChecker;
import dev.mailroom.core.dns.rbl.RblMode;
import dev.mailroom.core.dns.rbl.RblSettings;
import dev.mailroom.core.dns.rbl.RblVerdict;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.smtp.Reply;
import java.net.InetAddress;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The DNS checks of one SMTP connection. The session handler calls, in protocol order:
 * {@link #onConnect()} (before the greeting), {@link #onMailFrom}, {@link #onRcpt} and, for an
 * accepted message, {@link #spamHeader}. Each returns the refusal to send, if any; the handler
 * sends it and writes it to the activity log, this class writes the debug lines.
 *
 * <p>Loopback (127.0.0.1, ::1) and privileged clients are never checked; authenticated clients
 * are exempt from every check after they log in (a roaming user on an ADSL line has no PTR
 * and may sit in a dial-up blacklist).
 */
public final class DnsGateSession {
    /** No checks at all (a connection whose gate was never opened). */
    public static final DnsGateSession NONE = new DnsGateSession();

    private final DnsGate gate;
    private final InetAddress client;
    private final RblSettings rblSettings;
    private final DnsCheckSettings checkSettings;
    private final Consumer<String> debugLog;
    private final boolean exemptAtConnect;
    private final CompletableFuture<RblVerdict> verdict;
    private final CompletableFuture<DnsCheckResult> ptrExists;
    private boolean verdictLogged;

    private DnsGateSession() {
        gate = null;
        client = null;
        rblSettings = RblSettings.defaults();
        checkSettings = DnsCheckSettings.defaults();
        debugLog = line -> { };
        exemptAtConnect = true;
        verdict = null;
        ptrExists = null;
    }

    DnsGateSession(DnsGate gate, InetAddress client, boolean privileged, RblSettings rblSettings,
                   DnsCheckSettings checkSettings, Consumer<String> debugLog) {
        this.gate = gate;
        this.client = client;
        this.rblSettings = rblSettings;
        this.checkSettings = checkSettings;
        this.debugLog = debugLog;
        Optional<String> exemption = RblChecker.exemption(client, false, privileged);
        this.exemptAtConnect = exemption.isPresent();
        if (exemptAtConnect) {
            if (rblSettings.mode() != RblMode.OFF || checkSettings.requirePtr()) {
                debugLog.accept("DNS checks: " + client.getHostAddress() + " not checked: " + exemption.get());
            }
            verdict = null;
            ptrExists = null;
            return;
        }
        verdict = rblSettings.mode() == RblMode.OFF || rblSettings.enabledProviders().isEmpty()
                ? null
                : gate.rbl().check(client, rblSettings);
        // Started now without the HELO name; the HELO match is checked at MAIL FROM.
        ptrExists = checkSettings.requirePtr() ? gate.ptr().check(client, null, checkSettings) : null;
    }

    /** The domain of an envelope sender, empty for {@code <>} or an address that does not parse. */
    public static Optional<DomainName> senderDomain(String sender) {
        if (sender == null || sender.isBlank() || "<>".equals(sender.strip())) {
            return Optional.empty();
        }
        try {
            return Optional.of(EmailAddress.of(sender).domain());
        } catch (IllegalArgumentException e) {
            // The sender policy refuses bad syntax with its own reply; nothing to look up here.
            return Optional.empty();
        }
    }

    /** Deny-at-connect mode: the 554 to send instead of the greeting for a listed client. */
    public Optional<Reply> onConnect() {
        if (verdict == null || rblSettings.mode() != RblMode.DENY_AT_CONNECT) {
            return Optional.empty();
        }
        return denial();
    }

    /**
     * MAIL FROM: the PTR check (with the HELO name when "must match" is on) and the sender
     * domain check. {@code senderDomain} is empty for the null sender {@code <>} (bounces).
     */
    public Optional<Reply> onMailFrom(String helo, Optional<DomainName> senderDomain, boolean authenticated) {
        if (exemptAtConnect || authenticated) {
            return Optional.empty();
        }
        if (ptrExists != null) {
            DnsCheckResult r = checkSettings.ptrMustMatchHelo() && helo != null
                    ? gate.ptr().check(client, helo, checkSettings).join()
                    : ptrExists.join();
            debugLog.accept(r.logLine());
            if (!r.passed()) {
                return r.reply();
            }
        }
        if (checkSettings.rejectInvalidSenderDomain() && senderDomain.isPresent()) {
            DnsCheckResult r = gate.senderDomain().check(senderDomain.get(), checkSettings).join();
            debugLog.accept(r.logLine());
            if (!r.passed()) {
                return r.reply();
            }
        }
        return Optional.empty();
    }

    /** Deny-at-RCPT mode (article 4's 1): the 550 for a listed, unauthenticated client. */
    public Optional<Reply> onRcpt(boolean authenticated) {
        if (verdict == null || authenticated || rblSettings.mode() != RblMode.DENY_AT_RCPT) {
            return Optional.empty();
        }
        return denial();
    }

    /**
     * The header line to add to an accepted message from a listed client (mark mode, or a
     * provider whose action is MARK): {@code X-Mailroom-RBL: listed by ...}.
     */
    public Optional<String> spamHeader(boolean authenticated) {
        if (verdict == null || authenticated) {
            return Optional.empty();
        }
        RblVerdict v = joined();
        return v.decision() == RblVerdict.Decision.MARK
                ? v.header().map(h -> RblVerdict.HEADER_NAME + ": " + h)
                : Optional.empty();
    }

    /** The blacklist verdict, when the blacklists are consulted for this client (for the activity log). */
    public Optional<RblVerdict> verdict() {
        return verdict == null ? Optional.empty() : Optional.of(joined());
    }

    private Optional<Reply> denial() {
        RblVerdict v = joined();
        return v.decision() == RblVerdict.Decision.DENY ? v.reply() : Optional.empty();
    }

    private synchronized RblVerdict joined() {
        // Always completes: every lookup is bounded by the provider timeout (fail-open).
        RblVerdict v = verdict.join();
        if (!verdictLogged) {
            verdictLogged = true;
            v.logLines().forEach(debugLog);
        }
        return v;
    }
}
