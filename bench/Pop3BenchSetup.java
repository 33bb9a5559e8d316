import dev.mailroom.core.config.ConfigStore;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.PasswordHasher;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.server.store.FileMessageStore;
import dev.mailroom.server.store.MessageStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Benchmark data for bench/pop3-bench.sh, written through the server's own stores (the same
 * code SMTP delivers with): post office {@code bench}, mailboxes user01..userNN with password
 * {@code bench-pass}, each holding M messages of about 4 KB.
 *
 * <p>Run: {@code java -cp server-stub/target/mailroom-server.jar bench/Pop3BenchSetup.java DATA USERS MESSAGES}
 */
public class Pop3BenchSetup {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int users = Integer.parseInt(args[1]);
        int messages = Integer.parseInt(args[2]);
        ConfigStore directory = ConfigStore.open(data, new PasswordHasher(), line -> { });
        FileMessageStore store = new FileMessageStore(data, directory);
        PostOfficeName po = PostOfficeName.of("bench");
        directory.createPostOffice(po);
        directory.addDomain(po, DomainName.of("bench.test"));
        StringBuilder body = new StringBuilder();
        while (body.length() < 4000) {
            body.append("The quick brown fox jumps over the lazy dog, line ").append(body.length() / 70).append("\r\n");
        }
        for (int u = 1; u <= users; u++) {
            MailboxName name = MailboxName.of(String.format("user%02d", u));
            directory.createMailbox(po, name, "bench-pass".toCharArray(), MailboxType.USER, 0);
            MailboxRef ref = new MailboxRef(po, name);
            for (int m = 1; m <= messages; m++) {
                String msg = "From: sender@bench.test\r\nTo: " + name + "@bench.test\r\nSubject: message " + m
                        + "\r\nMessage-ID: <" + u + "." + m + "@bench.test>\r\n\r\n" + body;
                store.deliver(ref, MessageStore.INBOX, String.format("B%02d%05d", u, m),
                        new ByteArrayInputStream(msg.getBytes(StandardCharsets.US_ASCII)));
            }
        }
        System.out.println("created " + users + " mailboxes x " + messages + " messages");
    }
}
