package dev.mailroom.server.cli;

import dev.mailroom.core.config.DataDirLock;
import dev.mailroom.core.config.Recovery;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code recover}: repairs the config files of a stopped server and writes MERECOVER-style
 * {@code .REC} files for review (knowledge base article 23). Works offline; refuses (exit 3)
 * while a server holds the directory.
 */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = "Restore damaged config files from .BAK/.SAV and rebuild MAILBOX.TAB.REC and "
                + "ADDRESS-MAP.TAB.REC from the message store, for review. The server must be stopped.")
final class RecoverCommand implements Callable<Integer> {
    @Mixin
    DataDirOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(data.dir())) {
            err.println("Error: " + data.dir() + " is not a Mailroom data directory (it does not exist)");
            err.flush();
            return MailroomCommand.EXIT_FAILED;
        }
        List<String> report;
        try {
            report = Recovery.run(data.dir());
        } catch (DataDirLock.HeldException e) {
            err.println(e.getMessage() + "; stop it before running recover");
            err.flush();
            return MailroomCommand.EXIT_DATA_DIR_IN_USE;
        }
        report.forEach(out::println);
        out.println("Recovery of " + data.dir() + " finished: " + report.size() + " finding(s)");
        out.flush();
        return 0;
    }
}
