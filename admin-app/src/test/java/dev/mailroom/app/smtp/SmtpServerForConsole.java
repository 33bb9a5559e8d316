package dev.mailroom.app.smtp;

import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;

/** A real server on free ports for the console tests, with post office Acme serving acme.test. */
final class SmtpServerForConsole {
    private SmtpServerForConsole() {
    }

    static RunningServer start(Path dataDir) throws IOException {
        RunningServer s = ServerLauncher.start(dataDir,
                new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0), OptionalInt.of(0)), 0, null);
        var d = s.context().directory();
        PostOfficeName acme = PostOfficeName.of("Acme");
        d.createPostOffice(acme);
        d.addDomain(acme, DomainName.of("acme.test"));
        d.createMailbox(acme, MailboxName.of("alice"), "pw-alice-1".toCharArray(), MailboxType.USER, 0);
        return s;
    }
}
