package dev.mailroom.server.cli;

import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import dev.mailroom.core.config.ConfigUnreadableException;
import dev.mailroom.core.config.DataDirLock;
import java.io.PrintWriter;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code serve}: runs the server in the foreground until SIGTERM or Ctrl-C, then stops it
 * gracefully. Standard output carries exactly one line, the ready line, once every listener is up.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the mail server.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataDirOption data;

    @Option(names = "--bind", paramLabel = "ADDR", description = "Address the mail services listen on (default: the stored setting)")
    String bind;

    @Option(names = "--admin-bind", paramLabel = "ADDR", defaultValue = ServerLauncher.DEFAULT_ADMIN_BIND,
            description = "Address the admin API listens on (default: ${DEFAULT-VALUE})")
    String adminBind;

    @Option(names = "--admin-port", paramLabel = "N", defaultValue = "8025",
            description = "Admin API port, 0 for any free port (default: ${DEFAULT-VALUE})")
    int adminPort;

    @Option(names = "--smtp-port", paramLabel = "N", description = "SMTP port, 0 for any free port (default: the stored setting)")
    Integer smtpPort;

    @Option(names = "--pop3-port", paramLabel = "N", description = "POP3 port, 0 for any free port (default: the stored setting)")
    Integer pop3Port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        for (Integer port : new Integer[] {adminPort, smtpPort, pop3Port}) {
            if (port != null && (port < 0 || port > 65535)) {
                err.println("Ports are between 0 and 65535, not " + port);
                spec.commandLine().usage(err);
                return MailroomCommand.EXIT_USAGE;
            }
        }
        ServerContext.Overrides overrides = new ServerContext.Overrides(bind,
                smtpPort == null ? OptionalInt.empty() : OptionalInt.of(smtpPort),
                pop3Port == null ? OptionalInt.empty() : OptionalInt.of(pop3Port));
        RunningServer server;
        try {
            server = ServerLauncher.start(data.dir(), overrides, adminPort, adminBind);
        } catch (DataDirLock.HeldException e) {
            err.println(e.getMessage());
            err.flush();
            return MailroomCommand.EXIT_DATA_DIR_IN_USE;
        } catch (ConfigUnreadableException e) {
            err.println("Cannot start: " + e.getMessage());
            err.flush();
            return MailroomCommand.EXIT_FAILED;
        } catch (java.net.BindException e) {
            err.println("Cannot listen on admin port " + adminPort + ": " + e.getMessage());
            err.flush();
            return MailroomCommand.EXIT_FAILED;
        }
        Thread hook = new Thread(server::close, "mailroom-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.println(server.readyLine());
        out.flush();
        server.awaitClosed();
        return 0;
    }
}
