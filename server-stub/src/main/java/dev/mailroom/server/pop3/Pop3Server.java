package dev.mailroom.server.pop3;

import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.pop3.Pop3Settings;
import dev.mailroom.server.service.MailService;
import dev.mailroom.server.store.MessageStore;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * The POP3 server: its listeners (110 and implicit-TLS 995, each optional), the sessions and the
 * limits around them.
 *
 * <p>Threading: blocking sockets, one pool thread per connection, bounded by the max-connections
 * setting (a connection over it is answered {@code -ERR} and closed on the accept thread, so the
 * pool never grows past the limit). POP3 sessions are short and mostly wait on the client or
 * stream a file; a thread each keeps STLS a simple socket layering and RETR a plain copy loop,
 * and the bound keeps memory predictable. Java 17 has no virtual threads, and a selector-based
 * design would need SSLEngine for STLS for no gain at this scale (see docs/perf/pop3.md).
 */
public final class Pop3Server {
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Supplier<Pop3Settings> settings;
    private final OptionalInt portOverride;
    private final String bindOverride;
    private final MessageStore store;
    private final Pop3Authenticator authenticator;
    private final Supplier<SSLContext> tls;
    private final Pop3Events events;
    private final LoginBans bans;
    private final MaildropLocks locks = new MaildropLocks();
    private final Pop3Protocol protocol = Pop3Protocol.standard();
    private final AtomicInteger connections = new AtomicInteger();
    private final Set<Pop3Connection> open = ConcurrentHashMap.newKeySet();
    private final List<Bound> bound = new ArrayList<>();
    private ExecutorService pool;

    /** A listener and, when it runs, its socket and accept thread. */
    private record Bound(MailService.Listener listener, ServerSocket socket) {
    }

    /**
     * @param settings     read on every connection, so a change applies to the next one
     * @param portOverride {@code --pop3-port}, replaces the plain port
     * @param bindOverride {@code --bind}, replaces the bind address; null for none
     * @param tls          the SSLContext shared with SMTP; may supply null (then no STLS, no 995)
     * @param bans         the auto-ban list, owned by the caller so it outlives a listener restart
     */
    public Pop3Server(Supplier<Pop3Settings> settings, OptionalInt portOverride, String bindOverride,
                      MessageStore store, Pop3Authenticator authenticator, Supplier<SSLContext> tls, LoginBans bans,
                      Pop3Events events) {
        this.settings = settings;
        this.portOverride = portOverride;
        this.bindOverride = bindOverride;
        this.store = store;
        this.authenticator = authenticator;
        this.tls = tls;
        this.bans = bans;
        this.events = new BanningEvents(events, bans, settings);
    }

    public synchronized void start() {
        if (pool != null) {
            return;
        }
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "pop3-session");
            t.setDaemon(true);
            return t;
        });
        Pop3Settings s = settings.get();
        String bind = bindOverride != null && !bindOverride.isBlank() ? bindOverride : s.bindAddress();
        int plainPort = portOverride.isPresent() ? portOverride.getAsInt() : s.port();
        bound.add(open("POP3", bind, plainPort, s.portEnabled(), false, "pop3.port or --pop3-port"));
        bound.add(open("POP3 TLS", bind, s.tlsPort(), s.tlsPortEnabled(), true, "pop3.tlsPort"));
    }

    private Bound open(String label, String bind, int port, boolean enabled, boolean implicitTls, String setting) {
        String shownAddress = bind.isEmpty() ? "0.0.0.0" : bind;
        if (!enabled) {
            return new Bound(new MailService.Listener(label, shownAddress, port, "DISABLED", "switched off", setting), null);
        }
        SSLContext context = implicitTls ? tls.get() : null;
        if (implicitTls && context == null) {
            return new Bound(new MailService.Listener(label, shownAddress, port, "STOPPED",
                    "no TLS certificate is available", setting), null);
        }
        try {
            ServerSocket ss = implicitTls ? context.getServerSocketFactory().createServerSocket() : new ServerSocket();
            ss.setReuseAddress(true);
            InetSocketAddress at = bind.isEmpty() ? new InetSocketAddress(port) : new InetSocketAddress(bind, port);
            try {
                ss.bind(at, 100);
            } catch (IOException e) {
                ss.close();
                throw e;
            }
            MailService.Listener l = new MailService.Listener(label, shownAddress, ss.getLocalPort(), "RUNNING", "", setting);
            Thread accept = new Thread(() -> acceptLoop(ss, implicitTls), "pop3-accept-" + ss.getLocalPort());
            accept.setDaemon(true);
            accept.start();
            return new Bound(l, ss);
        } catch (IOException | SecurityException e) {
            return new Bound(new MailService.Listener(label, shownAddress, port, "STOPPED",
                    "cannot listen on " + shownAddress + ":" + port + ": " + e.getMessage(), setting), null);
        }
    }

    private void acceptLoop(ServerSocket ss, boolean implicitTls) {
        while (!ss.isClosed()) {
            Socket client;
            try {
                client = ss.accept();
            } catch (IOException e) {
                if (ss.isClosed()) {
                    return;
                }
                continue;
            }
            accept(client, implicitTls);
        }
    }

    private void accept(Socket client, boolean implicitTls) {
        Pop3Settings s = settings.get();
        InetAddress remote = client.getInetAddress();
        Optional<LoginBans.Ban> ban = bans.activeBan(remote);
        if (ban.isPresent()) {
            refuse(client, implicitTls, "[AUTH] Address " + remote.getHostAddress()
                    + " is refused until " + UNTIL.format(ban.get().until()) + " after repeated failed logins");
            return;
        }
        if (connections.incrementAndGet() > s.maxConnections()) {
            connections.decrementAndGet();
            refuse(client, implicitTls, "[SYS/TEMP] Too many connections (" + s.maxConnections() + "), try again later");
            return;
        }
        try {
            client.setSoTimeout(s.idleTimeoutSeconds() * 1000);
            client.setTcpNoDelay(true);
            SSLContext context = tls.get();
            Pop3SessionRules rules = new Pop3SessionRules(s.allowClearTextLogin() || remote.isLoopbackAddress(),
                    context != null, s.maxFailedLogins());
            Pop3Session session = new Pop3Session(authenticator, store, locks, events, rules,
                    (InetSocketAddress) client.getRemoteSocketAddress(),
                    (InetSocketAddress) client.getLocalSocketAddress(), implicitTls);
            Pop3Connection[] self = new Pop3Connection[1];
            self[0] = new Pop3Connection(client, session, protocol, new Pop3ReplyWriter(store), events, context, () -> {
                open.remove(self[0]);
                connections.decrementAndGet();
            });
            open.add(self[0]);
            pool.execute(self[0]);
        } catch (SocketException | RuntimeException e) {
            connections.decrementAndGet();
            closeQuietly(client);
        }
    }

    /**
     * Answers and closes on the accept thread. A plain socket gets the reason; a TLS socket is
     * just closed, because saying anything would need a handshake on the accept thread.
     */
    private static void refuse(Socket client, boolean implicitTls, String reason) {
        if (!implicitTls) {
            try {
                client.setSoTimeout(1000);
                OutputStream out = client.getOutputStream();
                out.write(("-ERR " + reason + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException ignored) {
                // The refused client left already.
            }
        }
        closeQuietly(client);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Nothing more to do with a socket we are dropping.
        }
    }

    /** Stops accepting, closes sessions (nothing is deleted: none reached UPDATE), waits briefly. */
    public synchronized void stop() {
        for (Bound b : bound) {
            if (b.socket() != null) {
                try {
                    b.socket().close();
                } catch (IOException ignored) {
                    // Already closed.
                }
            }
        }
        bound.replaceAll(b -> b.socket() == null ? b : new Bound(new MailService.Listener(b.listener().label(),
                b.listener().address(), b.listener().port(), "STOPPED", "service stopped", b.listener().setting()), null));
        for (Pop3Connection c : open) {
            c.closeQuietly();
        }
        if (pool != null) {
            pool.shutdown();
            try {
                pool.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            pool = null;
        }
    }

    public synchronized List<MailService.Listener> listeners() {
        return bound.stream().map(Bound::listener).toList();
    }

    public int connectionsNow() {
        return connections.get();
    }

    public LoginBans bans() {
        return bans;
    }

    public boolean isLocked(MailboxRef mailbox) {
        return locks.isLocked(mailbox);
    }

    /** Feeds failed logins to the auto-ban before passing every event on. */
    private record BanningEvents(Pop3Events next, LoginBans bans, Supplier<Pop3Settings> settings) implements Pop3Events {
        @Override
        public void loginFailed(Pop3Session session, String loginName, String reason) {
            bans.recordFailure(session.remote().getAddress(), settings.get().autoBan());
            next.loginFailed(session, loginName, reason);
        }

        @Override
        public void loginSucceeded(Pop3Session session, MailboxRef mailbox) {
            next.loginSucceeded(session, mailbox);
        }

        @Override
        public void connected(Pop3Session session) {
            next.connected(session);
        }

        @Override
        public void exchange(Pop3Session session, String verb, String args, String replyLine, long in, long out) {
            next.exchange(session, verb, args, replyLine, in, out);
        }

        @Override
        public void disconnected(Pop3Session session, String reason) {
            next.disconnected(session, reason);
        }

        @Override
        public void updated(Pop3Session session, MailboxRef mailbox, int removed, int failed) {
            next.updated(session, mailbox, removed, failed);
        }
    }
}
