package dev.mailroom.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.PasswordHasher;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers never block on writers and never see half a change (a mailbox without its address). */
class ConfigStoreConcurrencyTest {
    @TempDir
    Path dataDir;

    @Test
    void readersSeeEveryMailboxWithItsAddressWhileWritersAddThem() throws Exception {
        ConfigStore store = ConfigStore.open(dataDir, new PasswordHasher(1), line -> { });
        PostOfficeName po = PostOfficeName.of("Example");
        store.createPostOffice(po);
        store.addDomain(po, DomainName.of("example.com"));
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    int checks = 0;
                    while (writing.get() || checks == 0) {
                        List<Mailbox> boxes = store.mailboxesOf(po);
                        for (int i = 1; i < boxes.size(); i++) {
                            assertThat(boxes.get(i - 1).name().compareTo(boxes.get(i).name())).isNegative();
                        }
                        for (Mailbox m : boxes) {
                            // A mailbox once visible keeps its address: it is created with it in one change.
                            Optional<MailboxRef> owner = store.resolve(EmailAddress.of(m.name(), DomainName.of("example.com")));
                            assertThat(owner).contains(m.ref());
                            checks++;
                        }
                    }
                    return checks;
                }));
            }
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        store.createMailbox(po, MailboxName.of("w" + writer + "m" + i), "pw".toCharArray(),
                                MailboxType.USER, 0);
                    }
                    return null;
                }));
            }
            for (Future<?> f : writers) {
                f.get();
            }
            writing.set(false);
            for (Future<Integer> f : readers) {
                assertThat(f.get()).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.mailboxesOf(po)).hasSize(80);
        assertThat(ConfigStore.open(dataDir, new PasswordHasher(1), line -> { }).mailboxesOf(po)).hasSize(80);
    }
}
