package dev.mailroom.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.config.ConfigStore;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.PasswordHasher;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.server.store.MessageStore.QuotaExceededException;
import dev.mailroom.server.store.MessageStore.StoredMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMessageStoreTest {
    static final PostOfficeName PO = PostOfficeName.of("Example");
    @TempDir
    Path dataDir;
    ConfigStore directory;
    FileMessageStore store;
    MailboxRef alice;

    @BeforeEach
    void setUp() {
        directory = ConfigStore.open(dataDir, new PasswordHasher(1_000), line -> { });
        directory.createPostOffice(PO);
        directory.createMailbox(PO, MailboxName.of("Alice"), "pw".toCharArray(), MailboxType.USER, 1);
        alice = new MailboxRef(PO, MailboxName.of("Alice"));
        store = new FileMessageStore(dataDir, directory);
    }

    static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void deliversIntoMailEnablesLayoutUsingTheStoredSpellingOfTheNames() throws Exception {
        MailboxRef typedDifferently = new MailboxRef(PostOfficeName.of("EXAMPLE"), MailboxName.of("alice"));
        StoredMessage m = store.deliver(typedDifferently, MessageStore.INBOX, "20260101-1.abc",
                text("Subject: hi\r\n\r\nbody\r\n"));

        Path expected = dataDir.resolve("Postoffices/Example/MAILROOT/Alice/Inbox/20260101-1.abc.MAI");
        assertThat(m.path()).isEqualTo(expected);
        assertThat(Files.readString(expected)).isEqualTo("Subject: hi\r\n\r\nbody\r\n");
        assertThat(m.size()).isEqualTo(21);
        assertThat(m.mailbox()).isEqualTo(alice);
        try (InputStream in = store.open(m)) {
            assertThat(in.readAllBytes()).hasSize(21);
        }
        try (var files = Files.list(expected.getParent())) {
            assertThat(files).containsExactly(expected); // no temp file left behind
        }
    }

    @Test
    void listsOldestFirstAndIgnoresUnfinishedDeliveries() throws Exception {
        StoredMessage newer = store.deliver(alice, MessageStore.INBOX, "b", text("x\r\n"));
        StoredMessage older = store.deliver(alice, MessageStore.INBOX, "a-later-name", text("y\r\n"));
        Files.setLastModifiedTime(newer.path(), FileTime.fromMillis(2_000_000_000_000L));
        Files.setLastModifiedTime(older.path(), FileTime.fromMillis(1_000_000_000_000L));
        Files.writeString(newer.path().resolveSibling(".incoming-crashed"), "partial");

        assertThat(store.list(alice, MessageStore.INBOX)).extracting(StoredMessage::id)
                .containsExactly("a-later-name", "b");
        assertThat(store.list(alice, "Sent Items")).isEmpty();
    }

    @Test
    void refusesAMessageThatWouldExceedTheQuotaAndKeepsUsageExact() throws Exception {
        String half = "x".repeat(500);
        StoredMessage first = store.deliver(alice, MessageStore.INBOX, "m1", text(half));
        store.deliver(alice, "Sent Items", "m2", text(half));
        assertThat(store.usedBytes(alice)).isEqualTo(1000);

        assertThatThrownBy(() -> store.deliver(alice, MessageStore.INBOX, "m3", text("y".repeat(25))))
                .isInstanceOf(QuotaExceededException.class).hasMessageContaining("quota of 1 KB");
        assertThat(store.list(alice, MessageStore.INBOX)).hasSize(1);
        assertThat(store.usedBytes(alice)).isEqualTo(1000);

        store.delete(first);
        store.delete(first); // already gone: not an error, not counted twice
        assertThat(store.usedBytes(alice)).isEqualTo(500);
        store.deliver(alice, MessageStore.INBOX, "m3", text("y".repeat(524)));
        assertThat(store.usedBytes(alice)).isEqualTo(1024);
        // A fresh store counts from disk and agrees.
        assertThat(new FileMessageStore(dataDir, directory).usedBytes(alice)).isEqualTo(1024);
    }

    @Test
    void concurrentDeliveriesNeverOvershootTheQuota() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = "c" + i;
                results.add(pool.submit(() -> {
                    try {
                        store.deliver(alice, MessageStore.INBOX, id, text("z".repeat(100)));
                        return true;
                    } catch (QuotaExceededException e) {
                        return false;
                    }
                }));
            }
            int accepted = 0;
            for (Future<Boolean> f : results) {
                accepted += f.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(10);
            assertThat(store.usedBytes(alice)).isEqualTo(1000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesIdsAndFoldersThatCouldLeaveTheMailbox() {
        assertThatThrownBy(() -> store.deliver(alice, MessageStore.INBOX, "../../x", text("a")))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "messageId");
        assertThatThrownBy(() -> store.deliver(alice, "../Bob", "id", text("a")))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "folder");
        assertThatThrownBy(() -> store.list(alice, "a/b")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aDuplicateIdDoesNotOverwriteTheStoredMessage() throws Exception {
        directory.updateMailbox(directory.mailbox(alice).orElseThrow());
        store.deliver(alice, MessageStore.INBOX, "same", text("first"));
        assertThatThrownBy(() -> store.deliver(alice, MessageStore.INBOX, "same", text("second")))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(Files.readString(store.list(alice, MessageStore.INBOX).get(0).path())).isEqualTo("first");
        assertThat(store.usedBytes(alice)).isEqualTo(5);
    }
}
