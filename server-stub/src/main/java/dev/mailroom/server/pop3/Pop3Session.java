package dev.mailroom.server.pop3;

import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.server.pop3.Pop3Authenticator.LoginResult;
import dev.mailroom.server.store.MessageStore;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * The state of one POP3 conversation, independent of sockets: which RFC 1939 state it is in,
 * whether TLS is on, the pending USER name, the locked maildrop. Commands read and change it;
 * the connection calls {@link #end()} however the conversation stops.
 */
public final class Pop3Session {
    private final Pop3Authenticator authenticator;
    private final MessageStore store;
    private final MaildropLocks locks;
    private final Pop3Events events;
    private final Pop3SessionRules rules;
    private final InetSocketAddress remote;
    private final InetSocketAddress local;

    private Pop3State state = Pop3State.AUTHORIZATION;
    private boolean tlsActive;
    private String pendingUser;
    private int failedLogins;
    private Maildrop maildrop;
    private MaildropLocks.Lock lock;
    private SaslStep saslStep;

    /** The second half of a SASL exchange: receives the client's line after a {@code +} reply. */
    @FunctionalInterface
    public interface SaslStep {
        Pop3Reply respond(Pop3Session session, String line) throws IOException;
    }

    public Pop3Session(Pop3Authenticator authenticator, MessageStore store, MaildropLocks locks, Pop3Events events,
                       Pop3SessionRules rules, InetSocketAddress remote, InetSocketAddress local, boolean tlsActive) {
        this.authenticator = authenticator;
        this.store = store;
        this.locks = locks;
        this.events = events;
        this.rules = rules;
        this.remote = remote;
        this.local = local;
        this.tlsActive = tlsActive;
    }

    public Pop3State state() {
        return state;
    }

    public boolean tlsActive() {
        return tlsActive;
    }

    /** STLS succeeded: RFC 2595 says the client starts over, so forget any pending USER. */
    public void tlsStarted() {
        tlsActive = true;
        pendingUser = null;
    }

    public boolean canStartTls() {
        return rules.tlsAvailable() && !tlsActive && state == Pop3State.AUTHORIZATION;
    }

    public boolean clearTextLoginAllowed() {
        return tlsActive || rules.clearTextAllowed();
    }

    public InetSocketAddress remote() {
        return remote;
    }

    public InetSocketAddress local() {
        return local;
    }

    public Optional<String> pendingUser() {
        return Optional.ofNullable(pendingUser);
    }

    public void pendingUser(String user) {
        this.pendingUser = user;
    }

    public Maildrop maildrop() {
        return maildrop;
    }

    public Optional<MailboxRef> mailbox() {
        return maildrop == null ? Optional.empty() : Optional.of(maildrop.mailbox());
    }

    public void expectSasl(SaslStep step) {
        this.saslStep = step;
    }

    /** The pending SASL step, cleared: it answers exactly one line. */
    public SaslStep takeSaslStep() {
        SaslStep s = saslStep;
        saslStep = null;
        return s;
    }

    public boolean saslPending() {
        return saslStep != null;
    }

    /**
     * The login both USER/PASS and AUTH PLAIN end in: authenticate, lock, open the Inbox. Wipes
     * the password array whatever happens.
     */
    public Pop3Reply login(String loginName, char[] password) throws IOException {
        LoginResult result;
        try {
            result = authenticator.authenticate(loginName, password, local.getAddress());
        } finally {
            Arrays.fill(password, '\0');
        }
        pendingUser = null;
        if (result instanceof LoginResult.Refused refused) {
            failedLogins++;
            events.loginFailed(this, loginName, refused.reason());
            Pop3Reply reply = Pop3Reply.err("[AUTH] Invalid login name or password");
            if (rules.maxFailedLogins() > 0 && failedLogins >= rules.maxFailedLogins()) {
                return Pop3Reply.err("[AUTH] Invalid login name or password; too many failed logins, closing")
                        .thenClose();
            }
            return reply;
        }
        MailboxRef mailbox = ((LoginResult.Accepted) result).mailbox();
        Optional<MaildropLocks.Lock> acquired = locks.tryLock(mailbox);
        if (acquired.isEmpty()) {
            return Pop3Reply.err("[IN-USE] Mailbox " + mailbox + " is in use by another POP3 session");
        }
        try {
            maildrop = Maildrop.open(store, mailbox);
        } catch (IOException e) {
            acquired.get().close();
            throw e;
        }
        lock = acquired.get();
        state = Pop3State.TRANSACTION;
        events.loginSucceeded(this, mailbox);
        return Pop3Reply.ok("Logged in as " + mailbox + ": " + maildrop.liveCount() + " messages ("
                + maildrop.liveOctets() + " octets)");
    }

    /** QUIT from TRANSACTION: the UPDATE state removes the marked messages, then the lock goes. */
    public Pop3Reply update() {
        state = Pop3State.UPDATE;
        int marked = maildrop.markedCount();
        int failed = maildrop.commit();
        events.updated(this, maildrop.mailbox(), marked - failed, failed);
        int left = maildrop.liveCount();
        end();
        if (failed > 0) {
            return Pop3Reply.err("Some deleted messages not removed (" + failed + " of " + marked + ")").thenClose();
        }
        return Pop3Reply.ok("Mailroom POP3 server signing off (" + left + " messages left)").thenClose();
    }

    /** However the conversation ends: releases the lock, removes nothing. Idempotent. */
    public void end() {
        if (lock != null) {
            lock.close();
        }
    }
}
