package dev.mailroom.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.PasswordHasher;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {
    static final PostOfficeName PO = PostOfficeName.of("Example");
    @TempDir
    Path dataDir;

    @BeforeEach
    void populate() throws Exception {
        ConfigStore store = ConfigStore.open(dataDir, new PasswordHasher(1_000), line -> { });
        store.createPostOffice(PO);
        store.addDomain(PO, DomainName.of("example.com"));
        store.createMailbox(PO, MailboxName.of("alice"), "pw".toCharArray(), MailboxType.ADMIN, 500);
        store.createMailbox(PO, MailboxName.of("bob"), "pw".toCharArray(), MailboxType.USER, 0);
        store.addAddress(new MailboxRef(PO, MailboxName.of("alice")), EmailAddress.of("sales@example.com"));
        // The message store's folders, as deliveries leave them; carol exists only there.
        for (String box : List.of("alice", "bob", "carol")) {
            Files.createDirectories(dataDir.resolve("Postoffices/Example/MAILROOT/" + box + "/Inbox"));
        }
    }

    Path config(String name) {
        return dataDir.resolve("Config").resolve(name);
    }

    @Test
    void rebuildsMailboxAndAddressMapFilesFromTheMessageStoreForReview() throws Exception {
        String mailboxTab = Files.readString(config("Postoffices/Example/MAILBOX.TAB"));
        // Lose MAILBOX.TAB and every backup of it.
        Files.writeString(config("Postoffices/Example/MAILBOX.TAB"), "garbage\n");
        Files.delete(config("Postoffices/Example/MAILBOX.TAB.BAK"));
        Files.delete(config("Postoffices/Example/MAILBOX.TAB.SAV"));

        List<String> report = Recovery.run(dataDir);

        assertThat(report).anyMatch(l -> l.startsWith("Config/Postoffices/Example/MAILBOX.TAB is unreadable"));
        assertThat(report).contains("Wrote Config/Postoffices/Example/MAILBOX.TAB.REC "
                + "(3 mailboxes from the message store, 3 not in its MAILBOX.TAB)");
        assertThat(Files.readString(config("Postoffices/Example/MAILBOX.TAB.REC"))).isEqualTo(
                "alice\tUSER\t0\t1\t0\t\t0\nbob\tUSER\t0\t1\t0\t\t0\ncarol\tUSER\t0\t1\t0\t\t0\n");
        assertThat(Files.readString(config("ADDRESS-MAP.TAB.REC"))).isEqualTo(
                "Example\t[SMTP:alice@example.com]\t[SF:Example/alice]\t0\n"
                        + "Example\t[SMTP:bob@example.com]\t[SF:Example/bob]\t0\n"
                        + "Example\t[SMTP:carol@example.com]\t[SF:Example/carol]\t0\n");
        // The damaged file is left for the administrator: nothing is adopted silently.
        assertThat(Files.readString(config("Postoffices/Example/MAILBOX.TAB"))).isEqualTo("garbage\n");
        assertThat(mailboxTab).startsWith("alice\tADMIN\t500");
    }

    @Test
    void keepsWhatTheReadableConfigKnowsAboutEachMailbox() throws Exception {
        List<String> report = Recovery.run(dataDir);

        assertThat(report).first().isEqualTo("Config TAB files: all present and readable");
        assertThat(Files.readString(config("Postoffices/Example/MAILBOX.TAB.REC")))
                .startsWith("alice\tADMIN\t500\t1\t0\t\t0\nbob\tUSER\t0");
        assertThat(Files.readString(config("ADDRESS-MAP.TAB.REC")))
                .contains("[SMTP:sales@example.com]\t[SF:Example/alice]");
        assertThat(report).contains("1 mailboxes were found only in the message store; after adopting the files,"
                + " those without a line in AUTH.TAB need a password ('mailbox set-password')");
    }

    @Test
    void restoresATruncatedFileFromItsBackupOnDemand() throws Exception {
        byte[] full = Files.readAllBytes(config("ADDRESS-MAP.TAB"));
        Files.write(config("ADDRESS-MAP.TAB"), java.util.Arrays.copyOf(full, full.length - 3));

        List<String> report = Recovery.run(dataDir);

        assertThat(report).contains("Config/ADDRESS-MAP.TAB was unreadable (the last line is incomplete (file "
                + "truncated)); restored from Config/ADDRESS-MAP.TAB.BAK");
        assertThat(Files.readString(config("ADDRESS-MAP.TAB"))).isEqualTo(Files.readString(config("ADDRESS-MAP.TAB.BAK")));
    }

    @Test
    void refusesWhileAServerHoldsTheDirectory() {
        try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
            assertThatThrownBy(() -> Recovery.run(dataDir)).isInstanceOf(DataDirLock.HeldException.class);
        }
    }
}
