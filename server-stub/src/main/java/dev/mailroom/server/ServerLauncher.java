package dev.mailroom.server;

import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.config.ConfigStore;
import dev.mailroom.core.config.DataDirLock;
import dev.mailroom.core.config.JsonSettingsStore;
import dev.mailroom.core.directory.PasswordHasher;
import dev.mailroom.server.admin.AdminContext;
import dev.mailroom.server.admin.AdminServer;
import dev.mailroom.server.admin.ApiModules;
import dev.mailroom.server.admin.BearerToken;
import dev.mailroom.server.logging.ServerLogging;
import dev.mailroom.server.service.MailService;
import dev.mailroom.server.service.ServiceRegistry;
import dev.mailroom.server.store.FileMessageStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a whole server on a data directory: the one entry point of both {@code serve} and the
 * console's embedded server. Order: the lock (one server per directory), the log, the stores
 * (restoring damaged config files), every registered service, then the admin API, whose
 * {@code admin.url} and {@code admin.token} files appear last, once the server answers.
 */
public final class ServerLauncher {
    public static final String DEFAULT_ADMIN_BIND = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(ServerLauncher.class);

    private ServerLauncher() {
    }

    /**
     * @param adminPort 0 for any free port
     * @param adminBind address the admin API listens on; null for 127.0.0.1
     * @throws DataDirLock.HeldException when another server holds the directory
     * @throws IOException when the directory cannot be created or the admin port cannot be bound
     */
    public static RunningServer start(Path dataDir, ServerContext.Overrides overrides, int adminPort, String adminBind)
            throws IOException {
        return start(dataDir, overrides, adminPort, adminBind, ServiceRegistry.factories());
    }

    /** As {@link #start(Path, ServerContext.Overrides, int, String)} with the given services instead of the registry's. */
    public static RunningServer start(Path dataDir, ServerContext.Overrides overrides, int adminPort, String adminBind,
                                      List<Function<ServerContext, MailService>> services) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        List<AutoCloseable> resources = new ArrayList<>();
        // The lock comes first: a refused second server must not touch the first one's log.
        DataDirLock lock = DataDirLock.acquire(dir);
        resources.add(lock);
        ServerLogging.toDataDir(dir);
        List<MailService> started = new ArrayList<>();
        try {
            long loading = System.nanoTime();
            ConfigStore directory = ConfigStore.open(dir, new PasswordHasher(),
                    restored -> LOG.warn("Config recovery: {}", restored));
            LOG.info("Config loaded in {} ms: {} post offices, {} mailboxes",
                    (System.nanoTime() - loading) / 1_000_000, directory.postOffices().size(), directory.mailboxCount());
            JsonSettingsStore settings = new JsonSettingsStore(dir,
                    restored -> LOG.warn("Settings recovery: {}", restored));
            FileMessageStore messages = new FileMessageStore(dir, directory);
            ServerContext context = new ServerContext(dir, directory, settings, messages, Clock.systemUTC(),
                    overrides == null ? ServerContext.Overrides.none() : overrides);
            Instant startedAt = context.clock().instant();

            for (Function<ServerContext, MailService> factory : services) {
                MailService service = factory.apply(context);
                try {
                    service.start();
                } catch (RuntimeException e) {
                    // A service that cannot start leaves its listeners STOPPED; the rest runs.
                    LOG.error("Service {} failed to start", service.name(), e);
                }
                started.add(service);
                service.listeners().stream().filter(l -> !l.running()).forEach(l -> LOG.warn(
                        "{} {} on {}:{} is {}: {}", service.name(), l.label(), l.address(), l.port(), l.state(),
                        l.reason()));
            }

            AdminContext adminContext = new AdminContext(context, started, startedAt);
            InetAddress bind = InetAddress.getByName(adminBind == null || adminBind.isBlank()
                    ? DEFAULT_ADMIN_BIND : adminBind.strip());
            BearerToken token = BearerToken.random();
            AdminServer admin = AdminServer.start(bind, adminPort, ApiModules.router(adminContext), token);
            URI url = adminUrl(bind, admin.address().getPort());
            BearerToken.writeOwnerOnly(dir.resolve(AdminClient.TOKEN_FILE), token.value() + "\n");
            BearerToken.writeOwnerOnly(dir.resolve(AdminClient.URL_FILE), url + "\n");
            RunningServer server = new RunningServer(context, started, admin, url, token.value(), resources);
            LOG.info("Mailroom {} started on {}: {}", ServerVersion.get(), dir, server.readyLine());
            return server;
        } catch (IOException | RuntimeException e) {
            for (MailService s : started) {
                try {
                    s.stop();
                } catch (RuntimeException stopFailure) {
                    e.addSuppressed(stopFailure);
                }
            }
            for (AutoCloseable r : resources) {
                try {
                    r.close();
                } catch (Exception closeFailure) {
                    e.addSuppressed(closeFailure);
                }
            }
            throw e;
        }
    }

    /** The URL local clients use: a wildcard bind is still reached through the loopback address. */
    private static URI adminUrl(InetAddress bind, int port) {
        String host = bind.isAnyLocalAddress() ? "127.0.0.1" : bind.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port);
    }
}
