package dev.mailroom.server.cli;

import dev.mailroom.core.api.AdminClient;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the administration commands: each finds the running server through the data
 * directory's {@code admin.url} and {@code admin.token} and makes one API call. A refusal
 * (an {@link dev.mailroom.core.api.ApiException}) is printed by {@link MailroomCommand} with exit code 1.
 */
abstract class ApiCommand implements Callable<Integer> {
    @Mixin
    DataDirOption data;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        run(AdminClient.forDataDir(data.dir()));
        out().flush();
        return 0;
    }

    abstract void run(AdminClient client) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
