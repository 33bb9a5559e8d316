package dev.mailroom.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.directory.DirectoryStore.DeletionSummary;
import dev.mailroom.core.directory.Domain;
import dev.mailroom.core.directory.DuplicateException;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.NotFoundException;
import dev.mailroom.core.directory.PasswordHasher;
import dev.mailroom.core.directory.PostOffice;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigStoreTest {
    // A low iteration count keeps the test fast; the format and verification are the same.
    static final PasswordHasher HASHER = new PasswordHasher(1_000);
    static final PostOfficeName EXAMPLE = PostOfficeName.of("Example");

    @TempDir
    Path dataDir;
    final List<String> recoveryLog = new ArrayList<>();
    ConfigStore store;

    @BeforeEach
    void open() {
        store = ConfigStore.open(dataDir, HASHER, recoveryLog::add);
    }

    ConfigStore reopen() {
        store = ConfigStore.open(dataDir, HASHER, recoveryLog::add);
        return store;
    }

    Path config(String name) {
        return dataDir.resolve("Config").resolve(name);
    }

    String read(String name) throws IOException {
        return Files.readString(config(name), StandardCharsets.UTF_8);
    }

    Mailbox alice() {
        return store.createMailbox(EXAMPLE, MailboxName.of("alice"), "s3cret-pw".toCharArray(), MailboxType.USER, 0);
    }

    @Test
    void firstStartCreatesTheLayoutWithEmptyFiles() {
        assertThat(config("POSTOFFICE.TAB")).exists().isEmptyFile();
        assertThat(config("DOMAIN.TAB")).exists();
        assertThat(config("ADDRESS-MAP.TAB")).exists();
        assertThat(config("AUTH.TAB")).exists();
        assertThat(dataDir.resolve("Config/Postoffices")).isDirectory();
        assertThat(dataDir.resolve("Postoffices")).isDirectory();
        assertThat(recoveryLog).isEmpty();
    }

    @Test
    void mailboxGetsAnAddressInEveryDomainOfItsPostOfficeAndSurvivesARestart() throws IOException {
        store.createPostOffice(EXAMPLE);
        store.addDomain(EXAMPLE, DomainName.of("example.com"));
        store.addDomain(EXAMPLE, DomainName.of("example.org"));
        alice();

        MailboxRef ref = new MailboxRef(EXAMPLE, MailboxName.of("alice"));
        assertThat(store.addressesOf(ref)).extracting(EmailAddress::toString)
                .containsExactly("alice@example.com", "alice@example.org");
        assertThat(read("ADDRESS-MAP.TAB")).contains("Example\t[SMTP:alice@example.com]\t[SF:Example/alice]\t0\n");
        assertThat(read("Postoffices/Example/MAILBOX.TAB")).isEqualTo("alice\tUSER\t0\t1\t0\t\t0\n");

        reopen();
        assertThat(store.resolve(EmailAddress.of("ALICE@Example.COM"))).contains(ref);
        assertThat(store.checkPassword(ref, "s3cret-pw".toCharArray())).isTrue();
        assertThat(store.checkPassword(ref, "wrong".toCharArray())).isFalse();
        assertThat(recoveryLog).isEmpty();
    }

    @Test
    void aDomainAddedLaterGivesExistingMailboxesTheirAddress() {
        store.createPostOffice(EXAMPLE);
        alice();
        MailboxRef ref = new MailboxRef(EXAMPLE, MailboxName.of("alice"));
        assertThat(store.addressesOf(ref)).isEmpty();
        store.addDomain(EXAMPLE, DomainName.of("b\u00fccher.example"));
        assertThat(store.resolve(EmailAddress.of("alice@xn--bcher-kva.example"))).contains(ref);
        store.removeDomain(EXAMPLE, DomainName.of("xn--bcher-kva.example"));
        assertThat(store.addressesOf(ref)).isEmpty();
        assertThat(store.resolve(EmailAddress.of("alice@xn--bcher-kva.example"))).isEmpty();
    }

    @Test
    void passwordsAreStoredOnlyAsHashes() throws IOException {
        store.createPostOffice(EXAMPLE);
        alice();
        store.setPassword(new MailboxRef(EXAMPLE, MailboxName.of("alice")), "another-pw".toCharArray());
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, StandardCharsets.ISO_8859_1);
                assertThat(text).as(f.toString()).doesNotContain("s3cret-pw").doesNotContain("another-pw");
            }
        }
        assertThat(read("AUTH.TAB")).startsWith("alice@Example\tpbkdf2-sha256$1000$").endsWith("\tExample\n");
        assertThat(store.checkPassword(new MailboxRef(EXAMPLE, MailboxName.of("alice")), "another-pw".toCharArray()))
                .isTrue();
    }

    @Test
    void deletingAPostOfficeRemovesItsDomainsMailboxesAndAddressesInOneChange() throws IOException {
        store.createPostOffice(EXAMPLE);
        store.addDomain(EXAMPLE, DomainName.of("example.com"));
        alice();
        store.createMailbox(EXAMPLE, MailboxName.of("bob"), "pw".toCharArray(), MailboxType.ADMIN, 1024);
        store.createPostOffice(PostOfficeName.of("Other"));

        DeletionSummary summary = store.deletePostOffice(PostOfficeName.of("EXAMPLE"));

        assertThat(summary).isEqualTo(new DeletionSummary(1, 2, 2));
        assertThat(store.postOffices()).extracting(p -> p.name().value()).containsExactly("Other");
        assertThat(store.domain(DomainName.of("example.com"))).isEmpty();
        assertThat(store.resolve(EmailAddress.of("bob@example.com"))).isEmpty();
        assertThat(read("DOMAIN.TAB")).isEmpty();
        assertThat(read("ADDRESS-MAP.TAB")).isEmpty();
        assertThat(read("AUTH.TAB")).isEmpty();
        assertThat(config("Postoffices/Example/MAILBOX.TAB")).doesNotExist();
        reopen();
        assertThat(store.postOffices()).hasSize(1);
        assertThat(recoveryLog).isEmpty();
    }

    @Test
    void duplicatesMissingAndInvalidValuesAreRefusedNamingTheField() {
        store.createPostOffice(EXAMPLE);
        store.addDomain(EXAMPLE, DomainName.of("example.com"));
        alice();
        assertThatThrownBy(() -> store.createPostOffice(PostOfficeName.of("EXAMPLE")))
                .isInstanceOf(DuplicateException.class).hasFieldOrPropertyWithValue("field", "name");
        assertThatThrownBy(() -> store.createMailbox(EXAMPLE, MailboxName.of("ALICE"), "x".toCharArray(),
                MailboxType.USER, 0)).isInstanceOf(DuplicateException.class);
        store.createPostOffice(PostOfficeName.of("Other"));
        assertThatThrownBy(() -> store.addDomain(PostOfficeName.of("Other"), DomainName.of("EXAMPLE.com")))
                .isInstanceOf(DuplicateException.class).hasMessageContaining("Example");
        assertThatThrownBy(() -> store.createMailbox(PostOfficeName.of("Nowhere"), MailboxName.of("x"),
                "x".toCharArray(), MailboxType.USER, 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.deleteMailbox(new MailboxRef(EXAMPLE, MailboxName.of("nobody"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.createMailbox(EXAMPLE, MailboxName.of("c"), "x".toCharArray(),
                MailboxType.USER, -1)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "quotaKb");
        assertThatThrownBy(() -> store.createMailbox(EXAMPLE, MailboxName.of("c"), new char[0],
                MailboxType.USER, 0)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "password");
        assertThatThrownBy(() -> store.updatePostOffice(new PostOffice(EXAMPLE, true, "not-an-ip")))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "boundIp");
        Domain bad = new Domain(DomainName.of("example.com"), EXAMPLE, true, "", "", "", List.of("a\tb"));
        assertThatThrownBy(() -> store.updateDomain(bad)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "blacklist");
        // An alias that takes bob@example.com makes a mailbox named bob impossible.
        store.addAddress(new MailboxRef(EXAMPLE, MailboxName.of("alice")), EmailAddress.of("bob@example.com"));
        assertThatThrownBy(() -> store.createMailbox(EXAMPLE, MailboxName.of("bob"), "x".toCharArray(),
                MailboxType.USER, 0)).isInstanceOf(DuplicateException.class);
        assertThat(store.mailbox(EXAMPLE, MailboxName.of("bob"))).isEmpty();
    }

    @Test
    void updatesKeepThePasswordHashAndPersistEveryColumn() {
        store.createPostOffice(EXAMPLE);
        store.addDomain(EXAMPLE, DomainName.of("example.com"));
        Mailbox m = alice();
        store.updateMailbox(new Mailbox(EXAMPLE, m.name(), "", MailboxType.SYSADMIN, 2048, false, true,
                List.of(EmailAddress.of("x@elsewhere.test"), EmailAddress.of("y@elsewhere.test")), true));
        store.updatePostOffice(new PostOffice(PostOfficeName.of("example"), false, "127.0.0.2"));
        store.updateDomain(new Domain(DomainName.of("example.com"), EXAMPLE, false, "alice", "abuse@x.test",
                "pm@x.test", List.of("*.com.au", "Spam.Test")));
        reopen();
        Mailbox back = store.mailbox(EXAMPLE, MailboxName.of("alice")).orElseThrow();
        assertThat(back.passwordHash()).isEqualTo(m.passwordHash());
        assertThat(back.withoutSecret()).isEqualTo(new Mailbox(EXAMPLE, m.name(), "", MailboxType.SYSADMIN, 2048,
                false, true, List.of(EmailAddress.of("x@elsewhere.test"), EmailAddress.of("y@elsewhere.test")), true));
        assertThat(store.postOffice(EXAMPLE)).contains(new PostOffice(EXAMPLE, false, "127.0.0.2"));
        assertThat(store.postOffice(EXAMPLE).orElseThrow().name().value()).isEqualTo("Example");
        assertThat(store.domain(DomainName.of("example.com"))).contains(new Domain(DomainName.of("example.com"),
                EXAMPLE, false, "alice", "abuse@x.test", "pm@x.test", List.of("*.com.au", "spam.test")));
    }

    @Test
    void addingAMailboxRewritesOnlyItsOwnPostOfficeFile() throws IOException {
        store.createPostOffice(EXAMPLE);
        store.createPostOffice(PostOfficeName.of("Other"));
        Path other = config("Postoffices/Other/MAILBOX.TAB");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(other, old);
        alice();
        assertThat(Files.getLastModifiedTime(other)).isEqualTo(old);
        assertThat(read("Postoffices/Example/MAILBOX.TAB")).startsWith("alice\t");
    }

    @Test
    void keepsThePreviousVersionAsBakAndTheLargestAsSav() throws IOException {
        store.createPostOffice(PostOfficeName.of("A"));
        store.createPostOffice(PostOfficeName.of("B"));
        store.createPostOffice(PostOfficeName.of("C"));
        store.deletePostOffice(PostOfficeName.of("B"));
        assertThat(read("POSTOFFICE.TAB")).isEqualTo("A\t1\t\nC\t1\t\n");
        assertThat(read("POSTOFFICE.TAB.BAK")).isEqualTo("A\t1\t\nB\t1\t\nC\t1\t\n");
        store.deletePostOffice(PostOfficeName.of("C"));
        assertThat(read("POSTOFFICE.TAB.BAK")).isEqualTo("A\t1\t\nC\t1\t\n");
        assertThat(read("POSTOFFICE.TAB.SAV")).isEqualTo("A\t1\t\nB\t1\t\nC\t1\t\n");
        // The high-water mark survives a restart.
        reopen();
        store.createPostOffice(PostOfficeName.of("D"));
        assertThat(read("POSTOFFICE.TAB.SAV")).isEqualTo("A\t1\t\nB\t1\t\nC\t1\t\n");
    }

    @Test
    void aTruncatedFileIsRestoredFromBakAndTheLogSaysSo() throws IOException {
        store.createPostOffice(EXAMPLE);
        store.addDomain(EXAMPLE, DomainName.of("example.com"));
        store.addDomain(EXAMPLE, DomainName.of("example.net"));
        String bak = read("DOMAIN.TAB.BAK");
        byte[] full = Files.readAllBytes(config("DOMAIN.TAB"));
        Files.write(config("DOMAIN.TAB"), java.util.Arrays.copyOf(full, full.length - 5));

        reopen();

        assertThat(recoveryLog).containsExactly(
                "Config/DOMAIN.TAB was unreadable (the last line is incomplete (file truncated)); restored from Config/DOMAIN.TAB.BAK");
        assertThat(read("DOMAIN.TAB")).isEqualTo(bak);
        assertThat(store.domain(DomainName.of("example.com"))).isPresent();
        assertThat(store.domain(DomainName.of("example.net"))).isEmpty();
    }

    @Test
    void aMissingFileWithAnUnusableBakIsRestoredFromSav() throws IOException {
        store.createPostOffice(EXAMPLE);
        store.createPostOffice(PostOfficeName.of("Other"));
        Files.delete(config("POSTOFFICE.TAB"));
        Files.writeString(config("POSTOFFICE.TAB.BAK"), "garbage without columns\n");

        reopen();

        assertThat(recoveryLog).contains("Config/POSTOFFICE.TAB was missing; restored from Config/POSTOFFICE.TAB.SAV");
        assertThat(store.postOffices()).extracting(p -> p.name().value()).containsExactly("Example", "Other");
    }

    @Test
    void aDamagedFileWithoutAnyBackupStopsTheOpenWithAClearMessage() throws IOException {
        store.createPostOffice(EXAMPLE);
        Files.writeString(config("AUTH.TAB"), "alice@Example\tclear-text-password\tExample\n");
        Files.deleteIfExists(config("AUTH.TAB.BAK"));
        Files.deleteIfExists(config("AUTH.TAB.SAV"));
        assertThatThrownBy(this::reopen).isInstanceOf(ConfigUnreadableException.class)
                .hasMessageContaining("Config/AUTH.TAB").hasMessageContaining("recover");
    }

    @Test
    void leftoversOfAnUncommittedChangeAreRolledBack() throws IOException {
        store.createPostOffice(EXAMPLE);
        Files.writeString(config("POSTOFFICE.TAB.NEW"), "Example\t1\t\nHalfWritten\t1\t\n");
        reopen();
        assertThat(store.postOffices()).hasSize(1);
        assertThat(config("POSTOFFICE.TAB.NEW")).doesNotExist();
        assertThat(recoveryLog).singleElement().asString().startsWith("Rolled back an uncommitted config change");
    }

    @Test
    void aCommittedButUnfinishedChangeIsCompletedAtOpen() throws IOException {
        // Reproduce the state a crash leaves right after the commit point: new files and the
        // journal on disk, targets not yet renamed.
        Path configDir = dataDir.resolve("Config");
        ConfigJournal journal = new ConfigJournal(configDir, new SaveCopies());
        byte[] po = "Example\t1\t\n".getBytes(StandardCharsets.UTF_8);
        byte[] box = "alice\tUSER\t0\t1\t0\t\t0\n".getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(configDir.resolve("Postoffices/Example"));
        Files.write(configDir.resolve("POSTOFFICE.TAB.NEW"), po);
        Files.write(configDir.resolve("Postoffices/Example/MAILBOX.TAB.NEW"), box);
        Files.write(configDir.resolve(ConfigJournal.NAME), ConfigJournal.encodeChanges(List.of(
                new ConfigJournal.FileChange("POSTOFFICE.TAB", List.of(po), 1),
                new ConfigJournal.FileChange("Postoffices/Example/MAILBOX.TAB", List.of(box), 1))));

        reopen();

        assertThat(recoveryLog).containsExactly("Completed an interrupted config change (2 files)");
        assertThat(store.mailbox(EXAMPLE, MailboxName.of("alice"))).isPresent();
        assertThat(configDir.resolve(ConfigJournal.NAME)).doesNotExist();
    }
}
