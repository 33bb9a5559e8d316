package dev.mailroom.server.smtp;

import static dev.mailroom.server.smtp.SmtpFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.access.AccessControlSettings;
import dev.mailroom.core.access.AccessMode;
import dev.mailroom.core.access.IpPatternList;
import dev.mailroom.core.smtp.SmtpSections;
import dev.mailroom.core.smtp.SmtpSettings;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.service.MailService;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inbound limits, access control and listeners: each over-limit case gets a reply, never silence. */
class SmtpLimitsTest {
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

    private void limits(int connections, int sizeKb, int recipients, int commandSeconds, int dataSeconds) {
        f.restartSmtp(s -> s.withLimits(new SmtpSettings.Limits(connections, sizeKb, recipients, commandSeconds, dataSeconds)));
    }

    @Test
    void sizeIsAdvertisedRefusedWhenDeclaredAndEnforcedWhileReading() throws Exception {
        limits(10, 1, 10, 60, 60);
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.port())) {
            c.reply();
            c.send("EHLO a.test\r\n");
            assertThat(c.replyLines()).contains("250-SIZE 1024");
            assertThat(c.command("MAIL FROM:<x@remote.test> SIZE=5000")).startsWith("552 5.3.4");
            assertThat(c.command("MAIL FROM:<x@remote.test>")).startsWith("250");
            assertThat(c.command("RCPT TO:<alice@acme.test>")).startsWith("250");
            assertThat(c.command("DATA")).startsWith("354");
            assertThat(c.command("Subject: big\r\n\r\n" + "0123456789\r\n".repeat(300) + ".")).startsWith("552 5.3.4");
            // The rest of the DATA was read and discarded: the session is still in step.
            assertThat(c.command("NOOP")).startsWith("250");
        }
        assertThat(f.messages(ALICE)).isEmpty();
    }

    @Test
    void tooManyRecipientsGets452() throws Exception {
        limits(10, 1024, 2, 60, 60);
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.port())) {
            c.reply();
            c.command("EHLO a.test");
            c.command("MAIL FROM:<x@remote.test>");
            assertThat(c.command("RCPT TO:<alice@acme.test>")).startsWith("250");
            assertThat(c.command("RCPT TO:<bob@acme.test>")).startsWith("250");
            assertThat(c.command("RCPT TO:<alice@acme.test>")).startsWith("452");
        }
    }

    @Test
    void connectionsOverTheLimitGet421() throws Exception {
        limits(1, 1024, 10, 60, 60);
        try (RawSmtpClient first = new RawSmtpClient("127.0.0.2", f.port())) {
            assertThat(first.reply()).startsWith("220");
            try (RawSmtpClient second = new RawSmtpClient("127.0.0.3", f.port())) {
                assertThat(second.reply()).startsWith("421");
                assertThat(second.closedByServer()).isTrue();
            }
            assertThat(first.command("NOOP")).startsWith("250");
        }
    }

    @Test
    void idleClientsAreToldAboutTheTimeout() throws Exception {
        limits(10, 1024, 10, 1, 1);
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.port())) {
            c.reply();
            assertThat(c.reply()).startsWith("421");
        }
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.port())) {
            c.reply();
            c.command("EHLO a.test");
            c.command("MAIL FROM:<x@remote.test>");
            c.command("RCPT TO:<alice@acme.test>");
            assertThat(c.command("DATA")).startsWith("354");
            c.send("Subject: half a message\r\n");
            assertThat(c.reply()).startsWith("421");
        }
        assertThat(f.messages(ALICE)).isEmpty();
    }

    @Test
    void accessControlDeniesListedClientsOrAdmitsOnlyListedOnesAtConnect() throws Exception {
        f.settings(SmtpSections.ACCESS, a -> new AccessControlSettings(AccessMode.DENY_LISTED, IpPatternList.parse(List.of("127.0.0.3"))));
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.3", f.port())) {
            assertThat(c.reply()).isEqualTo("554 Access denied");
            assertThat(c.closedByServer()).isTrue();
        }
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.port())) {
            assertThat(c.reply()).startsWith("220");
        }
        f.settings(SmtpSections.ACCESS, a -> new AccessControlSettings(AccessMode.ALLOW_ONLY_LISTED, IpPatternList.parse(List.of("127.0.0.3"))));
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.port())) {
            assertThat(c.reply()).isEqualTo("554 Access denied");
        }
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.3", f.port())) {
            assertThat(c.reply()).startsWith("220");
        }
        assertThat(f.log("Debug"))
                .contains("Access Denied: Client IP (127.0.0.3) matches (127.0.0.3) in the denied list")
                .contains("Access Denied: Client IP (127.0.0.2) is not in the allowed list");
        assertThat(f.log("Activity")).contains("\tCONNECT\t127.0.0.2\t554 Access denied\t");
    }

    @Test
    void aChangedGreetingAppliesWithoutARestartByHand() throws Exception {
        f.settings(SmtpSections.SMTP, s -> new SmtpSettings(s.bindAddress(), "Acme mail, be nice", s.smtp(), s.submission(),
                s.smtps(), s.limits(), s.allowAuthWithoutTls(), s.logging()));
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.port())) {
            assertThat(c.reply()).isEqualTo("220 localhost ESMTP Acme mail, be nice");
        }
    }

    @Test
    void savingUnchangedListenerSettingsOrOnlyLogSwitchesKeepsSessionsOpen() throws Exception {
        try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", f.port())) {
            c.reply();
            f.settings(SmtpSections.SMTP, s -> s);
            f.settings(SmtpSections.SMTP, s -> s.withLogging(new SmtpSettings.LogSwitches(true, false, false)));
            assertThat(c.command("NOOP")).startsWith("250");
        }
    }

    @Test
    void aPortThatCannotBeBoundIsStoppedWithTheReasonWhileTheOthersRun() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            int port = taken.getLocalPort();
            f.smtp().stop();
            f.settings(SmtpSections.SMTP, s -> s.withPorts(new SmtpSettings.Port(true, port), new SmtpSettings.Port(true, 0), s.smtps()));
            // --smtp-port overrides the first port; this test wants the stored one.
            ServerContext running = f.server.context();
            SmtpService service = new SmtpService(new ServerContext(f.data, f.directory(), running.settings(),
                    running.messages(), running.clock(),
                    new ServerContext.Overrides("127.0.0.1", OptionalInt.empty(), OptionalInt.empty())));
            service.start();
            try {
                List<MailService.Listener> ls = service.listeners();
                MailService.Listener smtp = ls.stream().filter(l -> l.label().equals("smtp")).findFirst().orElseThrow();
                assertThat(smtp.state()).isEqualTo("STOPPED");
                assertThat(smtp.reason()).contains("Address already in use");
                MailService.Listener submission = ls.stream().filter(l -> l.label().equals("submission")).findFirst().orElseThrow();
                assertThat(submission.running()).isTrue();
                try (RawSmtpClient c = new RawSmtpClient("127.0.0.2", submission.port())) {
                    assertThat(c.reply()).startsWith("220");
                }
            } finally {
                service.stop();
            }
        }
    }
}
