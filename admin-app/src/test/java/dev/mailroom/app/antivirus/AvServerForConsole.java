package dev.mailroom.app.antivirus;

import dev.mailroom.core.antivirus.AntivirusSettings;
import dev.mailroom.core.antivirus.ClamdSettings;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/** A real server on free ports with post office Acme (acme.test, mailbox alice) and the filter on against a real clamd. */
final class AvServerForConsole {
    private AvServerForConsole() {
    }

    static RunningServer start(Path dataDir, String clamdSocket, AntivirusSettings.InfectedAction action) throws IOException {
        RunningServer s = ServerLauncher.start(dataDir,
                new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0), OptionalInt.of(0)), 0, null);
        var d = s.context().directory();
        PostOfficeName acme = PostOfficeName.of("Acme");
        d.createPostOffice(acme);
        d.addDomain(acme, DomainName.of("acme.test"));
        d.createMailbox(acme, MailboxName.of("alice"), "pw-alice-1".toCharArray(), MailboxType.USER, 0);
        AntivirusSettings defaults = AntivirusSettings.defaults();
        s.context().settings().write(AntivirusSettings.SECTION, new AntivirusSettings(true,
                List.of(new ClamdSettings("ClamAV", true, clamdSocket, 10_000, 2)), defaults.commandLine(), action,
                defaults.onScanFailure(), false, "", false));
        return s;
    }

    static long aliceMessages(RunningServer s) throws IOException {
        Path inbox = s.dataDir().resolve("Postoffices/Acme/MAILROOT/alice/Inbox");
        if (!Files.isDirectory(inbox)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(p -> p.toString().endsWith(".MAI")).count();
        }
    }
}
