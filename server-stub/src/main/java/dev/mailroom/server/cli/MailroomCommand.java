package dev.mailroom.server.cli;

import dev.mailroom.core.api.ApiException;
import dev.mailroom.server.ServerVersion;
import dev.mailroom.server.logging.ServerLogging;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jar's entry point: {@code serve} runs the server; the administration commands talk to a
 * running server through its admin API; {@code recover} works on a stopped server's files.
 *
 * <p>Exit codes: 0 done, 1 refused or failed (the reason on standard error), 2 bad flags
 * (with usage), 3 the data directory is in use by another server.
 */
@Command(name = "mailroom", mixinStandardHelpOptions = true, versionProvider = MailroomCommand.Version.class,
        description = "Mailroom mail server and its administration commands.",
        subcommands = {ServeCommand.class, PostOfficeCommand.class, DomainCommand.class, MailboxCommand.class,
                StatusCommand.class, RecoverCommand.class, CommandLine.HelpCommand.class})
public final class MailroomCommand {
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_DATA_DIR_IN_USE = 3;

    public static void main(String[] args) {
        ServerLogging.quiet();
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this without exiting). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new MailroomCommand());
        cli.setParameterExceptionHandler((e, badArgs) -> {
            // Always the usage, also when picocli could only guess what was meant.
            CommandLine c = e.getCommandLine();
            c.getErr().println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, c.getErr());
            c.usage(c.getErr());
            c.getErr().flush();
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ApiException api) {
                String field = api.field() == null ? "" : " (field: " + api.field() + ")";
                commandLine.getErr().println("Error: " + api.getMessage() + field);
            } else if (e instanceof IllegalArgumentException || e instanceof java.io.IOException) {
                commandLine.getErr().println("Error: " + e.getMessage());
            } else {
                commandLine.getErr().println("Error: " + e);
            }
            commandLine.getErr().flush();
            return EXIT_FAILED;
        });
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Mailroom " + ServerVersion.get()};
        }
    }
}
