package dev.mailroom.app.embedded;

import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.config.DataDirLock;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import dev.mailroom.server.service.MailService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The bundled server, started in the console's own process: the one class of the console that
 * may touch server code (an ArchUnit rule keeps it so). Ports 25 and 110 need root on Linux, so
 * for a normal user it asks for SMTP on {@value #USER_SMTP_PORT} and POP3 on {@value #USER_POP3_PORT}
 * and {@link #description()} says so. When a server already runs on the data directory the console
 * connects to that one instead of starting a second.
 */
public final class EmbeddedServer implements AutoCloseable {
    public static final int USER_SMTP_PORT = 2525;
    public static final int USER_POP3_PORT = 1110;

    private final RunningServer server;
    private final AdminClient client;
    private final String description;

    private EmbeddedServer(RunningServer server, AdminClient client, String description) {
        this.server = server;
        this.client = client;
        this.description = description;
    }

    /** {@code $MAILROOM_DATA}, else {@code ~/.local/share/mailroom}. */
    public static Path defaultDataDir(Map<String, String> env) {
        String dir = env.get("MAILROOM_DATA");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir);
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "mailroom");
    }

    /** The port overrides for this user: none for root, unprivileged ones for everybody else. */
    public static ServerContext.Overrides overridesFor(boolean root) {
        return root ? ServerContext.Overrides.none()
                : new ServerContext.Overrides(null, OptionalInt.of(USER_SMTP_PORT), OptionalInt.of(USER_POP3_PORT));
    }

    public static boolean runningAsRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (LinkageError | RuntimeException e) {
            return false; // not a Unix system: no privileged-port rule to work around
        }
    }

    /** Starts the server on {@code dataDir}, or connects to the one already running there. */
    public static EmbeddedServer start(Path dataDir, ServerContext.Overrides overrides) throws IOException {
        try {
            RunningServer server = ServerLauncher.start(dataDir, overrides, 0, null);
            return new EmbeddedServer(server, server.client(), describe(server, overrides));
        } catch (DataDirLock.HeldException e) {
            AdminClient client = AdminClient.forDataDir(dataDir);
            return new EmbeddedServer(null, client, "Connected to the server already running on " + dataDir);
        }
    }

    public static EmbeddedServer startDefault(Map<String, String> env) throws IOException {
        return start(defaultDataDir(env), overridesFor(runningAsRoot()));
    }

    private static String describe(RunningServer server, ServerContext.Overrides overrides) {
        List<String> parts = new ArrayList<>();
        for (MailService s : server.services()) {
            for (MailService.Listener l : s.listeners()) {
                parts.add(s.name().toUpperCase(java.util.Locale.ROOT) + " " + (l.running()
                        ? "on port " + l.port() : l.state() + " (" + l.reason() + ")"));
            }
        }
        String services = parts.isEmpty() ? "no mail services yet" : String.join(", ", parts);
        String why = overrides.smtpPort().isPresent()
                ? " — unprivileged ports, since ports 25 and 110 need root" : "";
        return "Bundled server on " + server.dataDir() + ": " + services + why;
    }

    public AdminClient client() {
        return client;
    }

    /** One line for the status bar: where the data is and which ports the services use. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
