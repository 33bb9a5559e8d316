package dev.mailroom.server.mta;

import static dev.mailroom.server.mta.MtaWorld.ALICE;
import static dev.mailroom.server.mta.MtaWorld.CAROL;
import static dev.mailroom.server.mta.MtaWorld.DAVE;
import static dev.mailroom.server.mta.MtaWorld.await;
import static dev.mailroom.server.mta.MtaWorld.enqueue;
import static dev.mailroom.server.mta.MtaWorld.io;
import static dev.mailroom.server.mta.MtaWorld.messages;
import static dev.mailroom.server.mta.MtaWorld.mta;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.dns.testing.Dnsmasq;
import dev.mailroom.core.logs.LogFileNames;
import dev.mailroom.core.mta.MtaQueueDto;
import dev.mailroom.core.mta.MtaSettings;
import dev.mailroom.core.mta.SmartHost;
import dev.mailroom.server.RunningServer;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MTA against real remote Mailroom servers on 127.0.0.2 and 127.0.0.3 (same port, as MX
 * hosts share port 25), with the MX and A records served by a real dnsmasq:
 * <ul>
 * <li>{@code far.test}: MX 10 mx1 (127.0.0.9, nothing listens), MX 20 mx2 (127.0.0.2);</li>
 * <li>{@code order.test}: MX 10 mx-a (127.0.0.3), MX 20 mx-b (127.0.0.2), both up;</li>
 * <li>{@code plain.test}: no MX, A 127.0.0.2;</li>
 * <li>{@code null.test}: null MX.</li>
 * </ul>
 */
class MtaDeliveryTest {
    @TempDir
    static Path shared;
    static Dnsmasq dns;
    static RunningServer remote2;
    static RunningServer remote3;
    static int port;

    @TempDir
    Path dir;
    MutableClock clock;
    RunningServer local;

    @BeforeAll
    static void world() throws Exception {
        dns = Dnsmasq.in(Files.createDirectories(shared.resolve("dns")))
                .host("mx1.far.test", "127.0.0.9").host("mx2.far.test", "127.0.0.2").mx("far.test", "mx1.far.test", 10)
                .mx("far.test", "mx2.far.test", 20)
                .host("mx-a.order.test", "127.0.0.3").host("mx-b.order.test", "127.0.0.2")
                .mx("order.test", "mx-a.order.test", 10).mx("order.test", "mx-b.order.test", 20)
                .host("plain.test", "127.0.0.2")
                .mx("null.test", ".", 0).host("null.test", "127.0.0.2")
                .host("mx.dead.test", "127.0.0.9").mx("dead.test", "mx.dead.test", 10)
                .start();
        remote2 = MtaWorld.remote(shared.resolve("r2"), "127.0.0.2", 0, "far.test", "order.test", "plain.test", "null.test");
        port = MtaWorld.smtpPort(remote2);
        remote3 = MtaWorld.remote(shared.resolve("r3"), "127.0.0.3", port, "far.test", "order.test", "plain.test");
    }

    @AfterAll
    static void down() {
        remote3.close();
        remote2.close();
        dns.close();
    }

    @BeforeEach
    void start() throws IOException {
        clock = new MutableClock(Instant.now());
        local = MtaWorld.sender(dir.resolve("local"), clock, dns.server(), port);
    }

    @AfterEach
    void stop() {
        local.close();
    }

    private static String token() {
        return "T-" + UUID.randomUUID();
    }

    private MtaQueueDto queue() {
        return mta(local).queueView("", "");
    }

    private void awaitQueueEmpty() {
        // The folder, not only the view: a message just enqueued is on disk before the MTA sees it.
        Path outbound = local.dataDir().resolve("Queues").resolve("Outbound");
        await(() -> queue().total() == 0 && io(() -> {
            try (var files = Files.list(outbound)) {
                return files.findAny().isEmpty();
            }
        }), "queue empty");
    }

    @Test
    void mx_hosts_are_tried_in_order_and_a_dead_first_mx_falls_back_to_the_next() throws IOException {
        String t = token();
        enqueue(local, "0A0000000000000000000001", "alice@acme.test", List.of("carol@far.test"), t, "127.0.0.1", "alice@Acme");
        await(() -> io(() -> messages(remote2, CAROL, t)).size() == 1, "delivered to mx2 (127.0.0.2)");
        awaitQueueEmpty();
        assertThat(messages(remote3, CAROL, t)).isEmpty();
        String delivered = messages(remote2, CAROL, t).get(0);
        // Dot-stuffed on the wire, unstuffed by the receiver: the body arrives as written.
        assertThat(delivered).contains("\r\n.leading dot stays\r\n.\r\nafter a lone dot\r\n");
        String smtpLog = MtaWorld.log(local, LogFileNames.SMTP, "Activity");
        assertThat(smtpLog).contains("SMTP-OU").contains("0A0000000000000000000001").contains("127.0.0.9").contains("127.0.0.2");
        String mtaLog = MtaWorld.log(local, LogFileNames.MTA, "Activity");
        assertThat(mtaLog).contains("0A0000000000000000000001").contains("DELIVERED").contains("carol@far.test");
        assertThat(Files.list(local.dataDir().resolve("Queues").resolve("Outbound")).toList()).isEmpty();

        String t2 = token();
        enqueue(local, "0A0000000000000000000002", "alice@acme.test", List.of("carol@order.test"), t2, "127.0.0.1", "alice@Acme");
        await(() -> io(() -> messages(remote3, CAROL, t2)).size() == 1, "delivered to the preferred MX (127.0.0.3)");
        assertThat(messages(remote2, CAROL, t2)).isEmpty();
    }

    @Test
    void a_domain_without_mx_gets_its_a_record_and_a_null_mx_fails_at_once_with_one_dsn() throws Exception {
        String t = token();
        enqueue(local, "0B0000000000000000000001", "alice@acme.test", List.of("dave@plain.test"), t, "127.0.0.1", "alice@Acme");
        await(() -> io(() -> messages(remote2, DAVE, t)).size() == 1, "delivered by the A record");

        String t2 = token();
        enqueue(local, "0B0000000000000000000002", "alice@acme.test", List.of("dave@null.test"), t2, "127.0.0.1", "alice@Acme");
        await(() -> io(() -> messages(local, ALICE, t2)).size() == 1, "bounce for the null MX");
        awaitQueueEmpty();
        assertThat(messages(remote2, DAVE, t2)).isEmpty();
        MimeMessage dsn = parse(messages(local, ALICE, t2).get(0));
        assertThat(dsn.getContentType()).contains("multipart/report").contains("delivery-status");
        String status = part(dsn, 1);
        assertThat(status).contains("Final-Recipient: rfc822; dave@null.test").contains("Action: failed")
                .contains("Status: 5.1.10");
    }

    @Test
    void a_5xx_fails_that_recipient_only_and_the_sender_gets_one_correct_dsn() throws Exception {
        String t = token();
        enqueue(local, "0C0000000000000000000001", "alice@acme.test", List.of("carol@far.test", "nobody@far.test"), t,
                "127.0.0.1", "alice@Acme");
        await(() -> io(() -> messages(local, ALICE, t)).size() == 1, "one bounce");
        awaitQueueEmpty();
        assertThat(messages(remote2, CAROL, t)).hasSize(1);
        MimeMessage dsn = parse(messages(local, ALICE, t).get(0));
        assertThat(dsn.getHeader("Return-Path", null)).isEqualTo("<>");
        String status = part(dsn, 1);
        assertThat(status).contains("Final-Recipient: rfc822; nobody@far.test").contains("Action: failed")
                .contains("Status: 5.").contains("Diagnostic-Code: smtp; 550").doesNotContain("carol@far.test");
        assertThat(part(dsn, 2)).contains("Subject: " + t);
        assertThat(messages(local, ALICE, t)).hasSize(1);
    }

    @Test
    void no_dsn_for_the_null_sender_nor_for_a_sender_the_server_did_not_verify() throws IOException {
        String t = token();
        enqueue(local, "0D0000000000000000000001", "", List.of("nobody@far.test"), t, "127.0.0.1", "");
        enqueue(local, "0D0000000000000000000002", "alice@acme.test", List.of("nobody@far.test"), t, "192.0.2.7", "");
        awaitQueueEmpty();
        String debug = MtaWorld.log(local, LogFileNames.MTA, "Debug");
        assertThat(debug).contains("the sender is <>").contains("the sender was not verified");
        assertThat(messages(local, ALICE, t)).isEmpty();
        assertThat(Files.list(local.dataDir().resolve("Queues").resolve("Outbound")).toList()).isEmpty();
    }

    @Test
    void a_4xx_is_retried_on_the_schedule_and_delivered_when_the_remote_recovers() throws IOException {
        Mailbox dave = remote2.context().directory().mailbox(DAVE).orElseThrow();
        Mailbox full = new Mailbox(dave.postOffice(), dave.name(), dave.passwordHash(), dave.type(), 1, dave.enabled(),
                dave.preventAuth(), dave.redirectTo(), dave.keepLocalCopy());
        remote2.context().directory().updateMailbox(full);
        try {
            String t = token() + "x".repeat(3000);
            enqueue(local, "0E0000000000000000000001", "alice@acme.test", List.of("dave@plain.test"), t, "127.0.0.1", "alice@Acme");
            await(() -> queue().messages().size() == 1 && queue().messages().get(0).attempts() == 1, "first attempt failed");
            MtaQueueDto.Item item = queue().messages().get(0);
            assertThat(item.lastError()).startsWith("452");
            assertThat(item.nextTry()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
            // The state is on disk, not only in memory.
            assertThat(Files.readString(local.dataDir().resolve("Queues/Outbound/0E0000000000000000000001.mta")))
                    .contains("\"attempts\" : 1").contains("452");
            remote2.context().directory().updateMailbox(dave);
            clock.advance(Duration.ofMinutes(14));
            mta(local).wake();
            assertThat(queue().messages().get(0).attempts()).isEqualTo(1);
            clock.advance(Duration.ofMinutes(2));
            mta(local).wake();
            await(() -> io(() -> messages(remote2, DAVE, t)).size() == 1, "delivered on the retry");
            awaitQueueEmpty();
            assertThat(messages(local, ALICE, t)).isEmpty();
        } finally {
            remote2.context().directory().updateMailbox(dave);
        }
    }

    @Test
    void a_smart_host_gets_everything_over_starttls_with_auth() throws IOException {
        local.context().settings().write(MtaSettings.SECTION, local.context().settings().read(MtaSettings.SECTION)
                .withSmartHost(new SmartHost("127.0.0.3", port, "carol@Far", MtaWorld.PASSWORD, "REQUIRED")));
        String t = token();
        // plain.test would go to 127.0.0.2 without the smart host. The smart host lets its user
        // carol send only as herself, as a provider's relay does.
        enqueue(local, "0F0000000000000000000001", "carol@far.test", List.of("dave@plain.test"), t, "127.0.0.1", "alice@Acme");
        await(() -> io(() -> messages(remote3, DAVE, t)).size() == 1, "delivered through the smart host");
        assertThat(messages(remote2, DAVE, t)).isEmpty();
        String smtpLog = MtaWorld.log(local, LogFileNames.SMTP, "Activity");
        assertThat(smtpLog).contains("STARTTLS\t220").containsPattern("\tAUTH\t[^\t]*\\*\\*\\*\\*\t235 ")
                .doesNotContain(MtaWorld.PASSWORD);
    }

    @Test
    void a_delay_notice_goes_once_after_n_hours_and_the_lifetime_ends_in_a_bounce() throws Exception {
        local.context().settings().write(MtaSettings.SECTION, local.context().settings().read(MtaSettings.SECTION)
                .withNotices(1, false));
        String t = token();
        enqueue(local, "0G0000000000000000000001", "alice@acme.test", List.of("erin@dead.test"), t, "127.0.0.1", "alice@Acme");
        await(() -> queue().messages().size() == 1 && queue().messages().get(0).attempts() == 1, "first attempt failed");
        assertThat(messages(local, ALICE, t)).isEmpty();
        // 15, 30, 60 minutes: the third retry is more than an hour after queueing.
        for (int attempt = 2; attempt <= 4; attempt++) {
            clock.advance(Duration.ofMinutes(61));
            mta(local).wake();
            int expected = attempt;
            await(() -> queue().messages().get(0).attempts() == expected, "attempt " + expected);
        }
        List<String> notices = messages(local, ALICE, t);
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).contains("Action: delayed").contains("Final-Recipient: rfc822; erin@dead.test");

        clock.advance(Duration.ofHours(48));
        mta(local).wake();
        await(() -> io(() -> messages(local, ALICE, t)).size() == 2, "the bounce when the lifetime is over");
        awaitQueueEmpty();
        String bounce = messages(local, ALICE, t).stream().filter(m -> m.contains("Action: failed")).findFirst().orElseThrow();
        assertThat(bounce).contains("Status: 4.4.7").contains("expired");
    }

    private static MimeMessage parse(String text) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static String part(MimeMessage m, int i) throws Exception {
        Multipart mp = (Multipart) m.getContent();
        return new String(mp.getBodyPart(i).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
