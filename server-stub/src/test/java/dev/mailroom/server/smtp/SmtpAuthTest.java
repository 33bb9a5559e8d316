package dev.mailroom.server.smtp;

import static dev.mailroom.server.smtp.SmtpFixture.ALICE;
import static dev.mailroom.server.smtp.SmtpFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.config.ServerSettings;
import dev.mailroom.core.config.SettingsSections;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.PostOffice;
import dev.mailroom.core.smtp.SmtpSettings;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmtpAuthTest {
    static final String FAILED = "535 5.7.8 Authentication credentials invalid";
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

    private void sendAuthenticated(String login, String password, String mechanism) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(f.port()));
        p.put("mail.smtp.localaddress", "127.0.0.2");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.auth.mechanisms", mechanism);
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        // The self-signed certificate is generated per test data directory and names
        // "localhost", not the 127.0.0.1 the client dials.
        p.put("mail.smtp.ssl.trust", "*");
        p.put("mail.smtp.ssl.checkserveridentity", "false");
        Session session = Session.getInstance(p);
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("alice@acme.test"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("carol@far.test"));
        m.setSubject("relayed");
        m.setText("hi");
        Transport.send(m, login, password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PLAIN", "LOGIN"})
    void anAuthenticatedClientRelaysAfterStartTlsWithEitherMechanism(String mechanism) throws Exception {
        sendAuthenticated("alice@Acme", PASSWORD, mechanism);
        List<OutboundQueue.Envelope> q = f.smtp().outboundQueue().list();
        assertThat(q).hasSize(1);
        assertThat(q.get(0).recipients()).containsExactly("carol@far.test");
        assertThat(q.get(0).authenticated()).isEqualTo("alice@Acme");
        assertThat(f.log("Debug")).contains("ME-I0108: Relay Granted: Sender has authenticated");
        String activity = f.log("Activity");
        assertThat(activity).contains("\tAUTH\t" + mechanism + "\t235");
        assertThat(activity).doesNotContain(PASSWORD)
                .doesNotContain(Base64.getEncoder().encodeToString(("\0alice@Acme\0" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyLoginFormOfArticle28Works() throws Exception {
        sendAuthenticated("alice@acme.test", PASSWORD, "PLAIN");
        f.settings(SettingsSections.SERVER, s -> new ServerSettings("Acme", s.hostName()));
        sendAuthenticated("alice", PASSWORD, "PLAIN");
        f.settings(SettingsSections.SERVER, s -> new ServerSettings("", s.hostName()));
        assertThatThrownBy(() -> sendAuthenticated("alice", PASSWORD, "PLAIN")).isInstanceOf(AuthenticationFailedException.class);
        f.directory().updatePostOffice(new PostOffice(SmtpFixture.ACME, true, "127.0.0.1"));
        sendAuthenticated("alice", PASSWORD, "LOGIN");
        assertThat(f.smtp().outboundQueue().list()).hasSize(3);
    }

    @Test
    void wrongPasswordUnknownNameAndDisabledMailboxGetTheSameAnswer() throws Exception {
        Mailbox a = f.directory().mailbox(ALICE).orElseThrow();
        try (RawSmtpClient c = tlsSession("127.0.0.2")) {
            assertThat(c.command("AUTH PLAIN " + plain("alice@Acme", "wrong"))).isEqualTo(FAILED);
            assertThat(c.command("AUTH PLAIN " + plain("nobody@Acme", PASSWORD))).isEqualTo(FAILED);
            assertThat(c.command("AUTH LOGIN")).startsWith("334 ");
            assertThat(c.command(b64("alice@Acme"))).startsWith("334 ");
            assertThat(c.command(b64("wrong"))).isEqualTo(FAILED);
            f.directory().updateMailbox(new Mailbox(a.postOffice(), a.name(), a.passwordHash(), a.type(), 0, false,
                    false, List.of(), false));
            assertThat(c.command("AUTH PLAIN " + plain("alice@Acme", PASSWORD))).isEqualTo(FAILED);
            f.directory().updateMailbox(new Mailbox(a.postOffice(), a.name(), a.passwordHash(), a.type(), 0, true,
                    true, List.of(), false));
            assertThat(c.command("AUTH PLAIN " + plain("alice@Acme", PASSWORD))).isEqualTo(FAILED);
            f.directory().updateMailbox(a);
            assertThat(c.command("AUTH PLAIN " + plain("alice@Acme", PASSWORD))).startsWith("235");
        }
    }

    @Test
    void authIsNeitherOfferedNorAcceptedInClearTextFromAnotherHost() throws Exception {
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.port())) {
            c.reply();
            c.send("EHLO a.test\r\n");
            List<String> ehlo = c.replyLines();
            assertThat(ehlo).contains("250-STARTTLS").noneMatch(l -> l.contains("AUTH"));
            assertThat(c.command("AUTH PLAIN " + plain("alice@Acme", PASSWORD))).startsWith("538 5.7.11");
        }
    }

    @Test
    void loopbackAndTheAllowSettingMayAuthenticateWithoutTls() throws Exception {
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.1", f.port())) {
            c.reply();
            c.send("EHLO a.test\r\n");
            assertThat(c.replyLines()).contains("250-AUTH PLAIN LOGIN");
            assertThat(c.command("AUTH PLAIN " + plain("alice@Acme", PASSWORD))).startsWith("235");
        }
        f.restartSmtp(s -> s.withAllowAuthWithoutTls(true));
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.port())) {
            c.reply();
            c.send("EHLO a.test\r\n");
            assertThat(c.replyLines()).contains("250-AUTH PLAIN LOGIN");
            assertThat(c.command("AUTH PLAIN " + plain("alice@Acme", PASSWORD))).startsWith("235");
        }
    }

    @Test
    void submissionPortRequiresAuthAndImplicitTlsPortSpeaksTlsFromTheFirstByte() throws Exception {
        f.restartSmtp(s -> s.withPorts(s.smtp(), new SmtpSettings.Port(true, 0), new SmtpSettings.Port(true, 0)));
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.smtp().port(ListenerKind.SUBMISSION))) {
            c.reply();
            c.command("EHLO a.test");
            assertThat(c.command("MAIL FROM:<alice@acme.test>")).startsWith("530 5.7.0");
        }
        try (RawSmtpClient c = RawSmtpClient.implicitTls("127.0.0.2", f.smtp().port(ListenerKind.SMTPS))) {
            assertThat(c.reply()).startsWith("220 localhost ESMTP");
            c.send("EHLO a.test\r\n");
            assertThat(c.replyLines()).contains("250-AUTH PLAIN LOGIN").doesNotContain("250-STARTTLS");
            assertThat(c.command("AUTH PLAIN " + plain("alice@Acme", PASSWORD))).startsWith("235");
        }
    }

    private RawSmtpClient tlsSession(String source) throws Exception {
        RawSmtpClient c = new RawSmtpClient(source, f.port());
        c.reply();
        c.send("EHLO a.test\r\n");
        c.replyLines();
        assertThat(c.command("STARTTLS")).startsWith("220");
        c.upgradeToTls();
        c.send("EHLO a.test\r\n");
        assertThat(c.replyLines()).contains("250-AUTH PLAIN LOGIN").doesNotContain("250-STARTTLS");
        return c;
    }

    static String plain(String user, String password) {
        return b64("\0" + user + "\0" + password);
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
