package dev.mailroom.server.pop3;

import dev.mailroom.core.config.ConfigStore;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.PasswordHasher;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.core.pop3.Pop3Settings;
import dev.mailroom.core.tls.TlsSettings;
import dev.mailroom.server.service.MailService;
import dev.mailroom.server.store.FileMessageStore;
import dev.mailroom.server.store.MessageStore;
import dev.mailroom.server.tls.TlsContextProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;

/**
 * A real POP3 server on free ports over a real config store and message store in a temp
 * directory, with post office {@code acme} (domain {@code acme.test}) and mailboxes
 * {@code alice} and {@code bob}.
 */
final class Pop3Fixture implements AutoCloseable {
    static final String ALICE_PASSWORD = "alice pass 1";
    static final String BOB_PASSWORD = "bob-pass-2";
    static final PostOfficeName ACME = PostOfficeName.of("acme");
    static final MailboxRef ALICE = new MailboxRef(ACME, MailboxName.of("alice"));
    static final MailboxRef BOB = new MailboxRef(ACME, MailboxName.of("bob"));

    final Path dataDir;
    final ConfigStore directory;
    final MessageStore store;
    final AtomicReference<Pop3Settings> settings = new AtomicReference<>();
    final TestClock clock = new TestClock();
    final List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final SSLContext tls;
    private final AtomicInteger ids = new AtomicInteger();
    private Pop3Server server;

    Pop3Fixture(Path dataDir) throws Exception {
        this.dataDir = dataDir;
        this.directory = ConfigStore.open(dataDir, new PasswordHasher(1000), msg -> { });
        if (directory.postOffice(ACME).isEmpty()) {
            directory.createPostOffice(ACME);
            directory.addDomain(ACME, DomainName.of("acme.test"));
            directory.createMailbox(ACME, ALICE.mailbox(), ALICE_PASSWORD.toCharArray(), MailboxType.USER, 0);
            directory.createMailbox(ACME, BOB.mailbox(), BOB_PASSWORD.toCharArray(), MailboxType.USER, 0);
        }
        this.store = new FileMessageStore(dataDir, directory);
        this.tls = TlsContextProvider.load(dataDir, TlsSettings.defaults()).sslContext();
        settings.set(Pop3Settings.defaults().withListeners(true, 0, true, 0));
    }

    Pop3Fixture start() {
        server = new Pop3Server(settings::get, OptionalInt.empty(), null,
                store, new DirectoryAuthenticator(directory, () -> Optional.of(ACME), () -> settings.get().alternateAtCharacters()),
                () -> tls, new LoginBans(clock), new Pop3Events() {
                    @Override
                    public void loginFailed(Pop3Session session, String loginName, String reason) {
                        events.add("failed " + loginName + ": " + reason);
                    }
                });
        server.start();
        return this;
    }

    void restart() {
        server.stop();
        start();
    }

    Pop3Server server() {
        return server;
    }

    int port() {
        return listener("POP3").port();
    }

    int tlsPort() {
        return listener("POP3 TLS").port();
    }

    MailService.Listener listener(String label) {
        return server.listeners().stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow();
    }

    /** Delivers through the store's delivery code, as SMTP does; ids sort in delivery order. */
    MessageStore.StoredMessage deliver(MailboxRef to, String content) throws IOException, MessageStore.QuotaExceededException {
        String id = String.format("MSG%06d-%d", ids.incrementAndGet(), System.nanoTime() % 1000);
        return store.deliver(to, MessageStore.INBOX, id, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    List<String> inboxIds(MailboxRef mailbox) throws IOException {
        List<String> ids = new ArrayList<>();
        for (MessageStore.StoredMessage m : store.list(mailbox, MessageStore.INBOX)) {
            ids.add(m.id());
        }
        return ids;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }
}
