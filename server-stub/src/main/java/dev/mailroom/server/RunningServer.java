package dev.mailroom.server;

import dev.mailroom.core.api.AdminClient;
import dev.mailroom.server.admin.AdminServer;
import dev.mailroom.server.service.MailService;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started server: its admin endpoint, its services and the ready line. {@link #close()} stops
 * it gracefully within {@link #SHUTDOWN_LIMIT} and may be called from any thread, more than once.
 */
public final class RunningServer implements AutoCloseable {
    public static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(RunningServer.class);

    private final ServerContext context;
    private final List<MailService> services;
    private final AdminServer admin;
    private final URI adminUrl;
    private final String token;
    private final List<AutoCloseable> resources;
    private final CountDownLatch closed = new CountDownLatch(1);
    private boolean closing;

    RunningServer(ServerContext context, List<MailService> services, AdminServer admin, URI adminUrl, String token,
                  List<AutoCloseable> resources) {
        this.context = context;
        this.services = List.copyOf(services);
        this.admin = admin;
        this.adminUrl = adminUrl;
        this.token = token;
        this.resources = List.copyOf(resources);
    }

    public ServerContext context() {
        return context;
    }

    public Path dataDir() {
        return context.dataDir();
    }

    public InetSocketAddress adminAddress() {
        return admin.address();
    }

    public int adminPort() {
        return admin.address().getPort();
    }

    /** {@code http://127.0.0.1:PORT}, as written to {@code admin.url}. */
    public URI adminUrl() {
        return adminUrl;
    }

    /** A client of this server's admin API (the embedded console uses it). */
    public AdminClient client() {
        return AdminClient.connect(adminUrl, token);
    }

    public List<MailService> services() {
        return services;
    }

    /** Every listener of every service, in registry order. */
    public List<MailService.Listener> listeners() {
        List<MailService.Listener> all = new ArrayList<>();
        services.forEach(s -> all.addAll(s.listeners()));
        return all;
    }

    /**
     * {@code Mailroom server ready: admin=127.0.0.1:PORT smtp=ADDR:PORT pop3=ADDR:PORT}: the admin
     * endpoint, then each service's running listeners (a stopped one is left out; the status
     * endpoint says why).
     */
    public String readyLine() {
        StringBuilder line = new StringBuilder("Mailroom server ready: admin=")
                .append(hostPort(adminUrl.getHost(), adminPort()));
        for (MailService s : services) {
            for (MailService.Listener l : s.listeners()) {
                if (l.running()) {
                    line.append(' ').append(s.name()).append('=').append(hostPort(l.address(), l.port()));
                }
            }
        }
        return line.toString();
    }

    private static String hostPort(String host, int port) {
        return (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                try {
                    closed.await(SHUTDOWN_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            closing = true;
        }
        long deadline = System.nanoTime() + SHUTDOWN_LIMIT.toNanos();
        LOG.info("Mailroom server stopping");
        try {
            // First, so a command-line client no longer finds a server that is going away.
            Files.deleteIfExists(context.dataDir().resolve(AdminClient.URL_FILE));
            Files.deleteIfExists(context.dataDir().resolve(AdminClient.TOKEN_FILE));
        } catch (Exception e) {
            LOG.warn("Cannot remove admin.url/admin.token: {}", e.toString());
        }
        admin.stop(1);
        stopServices(deadline);
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", r.getClass().getSimpleName(), e.toString());
            }
        }
        LOG.info("Mailroom server stopped");
        closed.countDown();
    }

    /** Stops services in reverse order, all at once, and waits for them until the deadline. */
    private void stopServices(long deadline) {
        List<Thread> stoppers = new ArrayList<>();
        List<MailService> reversed = new ArrayList<>(services);
        java.util.Collections.reverse(reversed);
        for (MailService s : reversed) {
            Thread t = new Thread(() -> {
                try {
                    s.stop();
                } catch (RuntimeException e) {
                    LOG.warn("Stopping {} failed", s.name(), e);
                }
            }, "mailroom-stop-" + s.name());
            t.setDaemon(true);
            t.start();
            stoppers.add(t);
        }
        for (Thread t : stoppers) {
            long left = deadline - System.nanoTime() - TimeUnit.SECONDS.toNanos(1);
            try {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (t.isAlive()) {
                LOG.warn("{} did not stop in time; leaving it", t.getName());
            }
        }
    }
}
