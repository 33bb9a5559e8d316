package dev.mailroom.server.smtp;

import static dev.mailroom.server.smtp.SmtpFixture.ALICE;
import static dev.mailroom.server.smtp.SmtpFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.model.EmailAddress;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmtpDeliveryTest {
    @TempDir
    Path dir;
    SmtpFixture f;

    @BeforeEach
    void start() throws Exception {
        f = SmtpFixture.start(dir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void aMessageFromAnotherHostLandsInTheMailboxInboxWithTraceHeaders() throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(f.port()));
        p.put("mail.smtp.localaddress", "127.0.0.2");
        p.put("mail.smtp.localhost", "client.remote.test");
        Session session = Session.getInstance(p);
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("sender@remote.test"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("alice@acme.test"));
        m.setSubject("Hello Alice");
        m.setText("First line\nSecond line\n");
        Transport.send(m);

        List<Path> files = f.messages(ALICE);
        assertThat(files).hasSize(1);
        String stored = Files.readString(files.get(0));
        assertThat(stored).startsWith("Return-Path: <sender@remote.test>\r\nReceived: from client.remote.test ([127.0.0.2])");
        assertThat(stored).contains("Subject: Hello Alice").contains("First line\r\nSecond line\r\n");
        String id = files.get(0).getFileName().toString().replace(".MAI", "");
        assertThat(stored).contains(" id " + id + "\r\n\tfor <alice@acme.test>;");
        assertThat(f.messages(BOB)).isEmpty();
        assertThat(f.log("Debug")).contains(id).contains("ME-I0101: Local Delivery: Address (alice@acme.test) is local");
    }

    @Test
    void theReplyToDataNamesTheFileAndEachMailboxGetsOneCopy() throws Exception {
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.port())) {
            assertThat(c.reply()).startsWith("220 ");
            assertThat(c.command("EHLO client.remote.test")).isEqualTo("250 OK");
            assertThat(c.command("MAIL FROM:<x@remote.test>")).startsWith("250");
            assertThat(c.command("RCPT TO:<alice@acme.test>")).startsWith("250");
            assertThat(c.command("RCPT TO:<bob@acme.test>")).startsWith("250");
            assertThat(c.command("RCPT TO:<ALICE@acme.test>")).startsWith("250");
            assertThat(c.command("DATA")).startsWith("354");
            String done = c.command("Subject: two\r\n\r\nbody\r\n.");
            assertThat(done).startsWith("250 2.0.0 Ok: queued as ");
            String id = done.substring(done.lastIndexOf(' ') + 1);
            assertThat(f.messages(ALICE)).extracting(pth -> pth.getFileName().toString()).containsExactly(id + ".MAI");
            assertThat(f.messages(BOB)).extracting(pth -> pth.getFileName().toString()).containsExactly(id + ".MAI");
            assertThat(c.command("QUIT")).startsWith("221");
        }
    }

    @Test
    void aBounceWithTheNullSenderIsAccepted() throws Exception {
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.port())) {
            c.reply();
            c.command("EHLO mx.remote.test");
            assertThat(c.command("MAIL FROM:<>")).startsWith("250");
            assertThat(c.command("RCPT TO:<alice@acme.test>")).startsWith("250");
            c.command("DATA");
            assertThat(c.command("Subject: Undelivered Mail Returned to Sender\r\n\r\nbounce\r\n.")).startsWith("250");
        }
        assertThat(Files.readString(f.messages(ALICE).get(0))).startsWith("Return-Path: <>\r\n");
    }

    @Test
    void anUnknownLocalRecipientIsRefusedWith550() throws Exception {
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.port())) {
            c.reply();
            c.command("EHLO a.test");
            c.command("MAIL FROM:<x@remote.test>");
            assertThat(c.command("RCPT TO:<nobody@acme.test>")).startsWith("550 5.1.1");
        }
    }

    @Test
    void smugglingSequencesNeverEndTheMessage() throws Exception {
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.port())) {
            c.reply();
            c.command("EHLO a.test");
            c.command("MAIL FROM:<x@remote.test>");
            c.command("RCPT TO:<alice@acme.test>");
            assertThat(c.command("DATA")).startsWith("354");
            // Each of these ends DATA on some servers; the "message" after it would be
            // delivered to bob as a second, forged message.
            String smuggled = "MAIL FROM:<admin@acme.test>\r\nRCPT TO:<bob@acme.test>\r\nDATA\r\nSubject: forged\r\n\r\nforged\r\n";
            c.send("Subject: one\r\n\r\nbefore\r\n"
                    + "\n.\n" + smuggled
                    + "\r.\n" + smuggled
                    + "\n.\r\n" + smuggled
                    + ".\n" + smuggled
                    + "\r.\r\n" + smuggled
                    + "after\r\n.\r\n");
            assertThat(c.reply()).startsWith("250 2.0.0");
            assertThat(c.command("NOOP")).startsWith("250");
        }
        assertThat(f.messages(BOB)).isEmpty();
        List<Path> alice = f.messages(ALICE);
        assertThat(alice).hasSize(1);
        String stored = Files.readString(alice.get(0));
        assertThat(stored).contains("before").contains("forged").contains("after\r\n");
        // Stored with CRLF line ends only: no bare LF or CR reaches the store or a later hop.
        assertThat(stored.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void aFullMailboxAnswers452AndNothingIsStored() throws Exception {
        Mailbox bob = f.directory().mailbox(BOB).orElseThrow();
        f.directory().updateMailbox(new Mailbox(bob.postOffice(), bob.name(), bob.passwordHash(), bob.type(), 1,
                bob.enabled(), bob.preventAuth(), bob.redirectTo(), bob.keepLocalCopy()));
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.port())) {
            c.reply();
            c.command("EHLO a.test");
            c.command("MAIL FROM:<x@remote.test>");
            c.command("RCPT TO:<bob@acme.test>");
            c.command("RCPT TO:<alice@acme.test>");
            c.command("DATA");
            assertThat(c.command("Subject: big\r\n\r\n" + "x".repeat(2000) + "\r\n.")).startsWith("452 4.2.2");
        }
        assertThat(f.messages(BOB)).isEmpty();
        assertThat(f.messages(ALICE)).isEmpty();
    }

    @Test
    void redirectionForwardsAndKeepsALocalCopyWhenAsked() throws Exception {
        Mailbox bob = f.directory().mailbox(BOB).orElseThrow();
        f.directory().updateMailbox(new Mailbox(bob.postOffice(), bob.name(), bob.passwordHash(), bob.type(), 0,
                bob.enabled(), bob.preventAuth(), List.of(EmailAddress.of("alice@acme.test"), EmailAddress.of("carol@far.test")),
                true));
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.port())) {
            c.reply();
            c.command("EHLO a.test");
            c.command("MAIL FROM:<x@remote.test>");
            c.command("RCPT TO:<bob@acme.test>");
            c.command("DATA");
            assertThat(c.command("Subject: fwd\r\n\r\nhi\r\n.")).startsWith("250");
        }
        assertThat(f.messages(BOB)).hasSize(1);
        assertThat(f.messages(ALICE)).hasSize(1);
        List<OutboundQueue.Envelope> queued = f.smtp().outboundQueue().list();
        assertThat(queued).hasSize(1);
        assertThat(queued.get(0).recipients()).containsExactly("carol@far.test");
    }
}
