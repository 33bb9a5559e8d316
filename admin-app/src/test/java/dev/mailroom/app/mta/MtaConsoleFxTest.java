package dev.mailroom.app.mta;

import dev.mailroom.app.testing.RecordingNodeContext;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.dns.checks.DnsCheckSettings;
import dev.mailroom.core.dns.testing.Dnsmasq;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.core.mta.MtaClient;
import dev.mailroom.core.mta.MtaQueueDto;
import dev.mailroom.core.mta.MtaSettings;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import dev.mailroom.server.smtp.OutboundQueue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Agents &gt; MTA in a real (headless) window against a real server whose MTA cannot reach the
 * only MX of {@code dead.test} and {@code gone.test} (127.0.0.9, from a real dnsmasq), so the
 * messages stay queued: the Queue view lists, filters, retries and bounces them by right-click,
 * and MTA Properties saves through the API with refusals beside the field.
 */
@ExtendWith(ApplicationExtension.class)
class MtaConsoleFxTest {
    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    @TempDir
    Path dir;
    Dnsmasq dns;
    RunningServer server;
    RecordingNodeContext ctx;
    Stage stage;
    MtaQueueView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1100, 420));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        if (view != null) {
            fx(() -> {
                view.dispose();
                return null;
            });
        }
        if (ctx != null) {
            ctx.close();
            assertThat(ctx.failures).isEmpty();
        }
        if (server != null) {
            server.close();
        }
        if (dns != null) {
            dns.close();
        }
    }

    private MtaClient startServer() throws Exception {
        dns = Dnsmasq.in(Files.createDirectories(dir.resolve("dns"))).host("mx.dead.test", "127.0.0.9")
                .mx("dead.test", "mx.dead.test", 10).mx("gone.test", "mx.dead.test", 10).start();
        server = ServerLauncher.start(dir.resolve("data"), new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0), OptionalInt.of(0)),
                0, null);
        var d = server.context().directory();
        PostOfficeName acme = PostOfficeName.of("Acme");
        d.createPostOffice(acme);
        d.addDomain(acme, DomainName.of("acme.test"));
        d.createMailbox(acme, MailboxName.of("alice"), "pw-alice-1".toCharArray(), MailboxType.USER, 0);
        server.context().settings().write(DnsCheckSettings.SECTION, new DnsCheckSettings(dns.server(), 2000, false, false, false));
        server.context().settings().write(MtaSettings.SECTION, MtaSettings.defaults().withRemotePort(2525));
        OutboundQueue q = new OutboundQueue(server.dataDir());
        Path tmp = dir.resolve("m.eml");
        String[][] msgs = {{"alice@acme.test", "carol@dead.test"}, {"news@acme.test", "dave@dead.test"}, {"alice@acme.test", "erin@gone.test"}};
        for (int i = 0; i < msgs.length; i++) {
            Files.writeString(tmp, "From: " + msgs[i][0] + "\r\nSubject: hello " + i + "\r\n\r\n" + "text ".repeat(400) + "\r\n",
                    StandardCharsets.US_ASCII);
            q.enqueue(String.format("3C%022d", i), msgs[i][0], List.of(msgs[i][1]), tmp, Instant.now(), "127.0.0.1", "alice@Acme");
        }
        MtaClient client = new MtaClient(server.client());
        await(() -> client.queue("", "").messages().stream().filter(m -> m.attempts() == 1).count() == 3, "first attempts failed");
        ctx = new RecordingNodeContext(server.client(), stage);
        return client;
    }

    @Test
    void queue_view_lists_filters_and_acts_by_right_click(FxRobot robot) throws Exception {
        MtaClient client = startServer();
        view = fx(() -> {
            MtaQueueView v = new MtaQueueView(new MtaQueueViewModel(ctx.executor(), () -> client), ctx);
            stage.getScene().setRoot(new StackPane(v.root()));
            return v;
        });
        TableView<MtaQueueDto.Item> table = view.table();
        await(() -> table.getItems().size() == 3, "three rows");
        Label counts = robot.lookup("#mta-queue-counts").queryAs(Label.class);
        await(() -> counts.getText().startsWith("3 queued · 3 retrying"), "live counts");
        screenshot(stage.getScene().getRoot(), "mta-queue.png");

        robot.clickOn("#mta-filter-domain").write("gone.test");
        robot.clickOn("#mta-filter-apply");
        await(() -> table.getItems().size() == 1 && table.getItems().get(0).recipients().contains("erin@gone.test"), "filtered");
        assertThat(counts.getText()).contains("showing 1");

        TableRow<?> first = (TableRow<?>) row(robot, 0);
        contextMenuOn(robot, first);
        await(() -> table.getContextMenu().isShowing(), "the queue's context menu");
        robot.clickOn("Retry now");
        await(() -> client.queue("gone.test", "").messages().get(0).attempts() == 2, "retried at once");
        await(() -> table.getItems().size() == 1 && table.getItems().get(0).attempts() == 2, "row shows the second attempt");

        TableRow<?> again = (TableRow<?>) row(robot, 0);
        contextMenuOn(robot, again);
        await(() -> table.getContextMenu().isShowing(), "the queue's context menu");
        robot.clickOn("Bounce");
        await(() -> table.getItems().isEmpty(), "bounced message gone from the view");
        assertThat(client.queue("", "").total()).isEqualTo(2);
        Path aliceInbox = server.dataDir().resolve("Postoffices/Acme/MAILROOT/alice/Inbox");
        await(() -> {
            try (var s = Files.list(aliceInbox)) {
                return s.anyMatch(p -> p.toString().endsWith(".MAI"));
            } catch (java.io.IOException e) {
                return false;
            }
        }, "the bounce in alice's Inbox");
    }

    @Test
    void properties_save_through_the_api_and_show_refusals_beside_the_field(FxRobot robot) throws Exception {
        MtaClient client = startServer();
        MtaPropertiesView v = fx(() -> {
            MtaPropertiesView p = new MtaPropertiesView(new MtaPropertiesViewModel(ctx.executor(), client, client.settings()));
            p.dialog().show(stage);
            return p;
        });
        screenshot(v.dialog().dialog().getDialogPane(), "mta-properties-delivery.png");
        robot.doubleClickOn("#mta-threads").write("0");
        assertThat(fx(() -> v.dialog().dialog().getDialogPane().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).filter(t -> t != null && t.contains("between 1 and 256")).count())).isPositive();
        robot.doubleClickOn("#mta-threads").write("12");
        robot.doubleClickOn("#mta-delay-notice").write("4");
        robot.clickOn("#mta-suppress-ndrs");
        fx(() -> {
            v.dialog().selectTab("Smart Host");
            return null;
        });
        robot.clickOn("#mta-smarthost-host").write("relay.provider.test");
        robot.doubleClickOn("#mta-smarthost-port").write("587");
        robot.clickOn("#mta-smarthost-user").write("acme");
        robot.clickOn("#mta-smarthost-password").write("s3cret-pw");
        screenshot(v.dialog().dialog().getDialogPane(), "mta-properties-smarthost.png");
        robot.clickOn("OK");
        await(() -> client.settings().threads() == 12, "saved");
        MtaSettings saved = client.settings();
        assertThat(saved.delayNoticeHours()).isEqualTo(4);
        assertThat(saved.suppressNdrs()).isTrue();
        assertThat(saved.smartHost().host()).isEqualTo("relay.provider.test");
        assertThat(saved.smartHost().port()).isEqualTo(587);
        assertThat(saved.retryMinutes()).containsExactly(15, 30, 60);
    }

    /**
     * A right-click, then the ContextMenuEvent a desktop would send: Monocle, the headless
     * platform, never turns a secondary click into one (TestFX/Monocle#12, TestFX#645).
     */
    private static void contextMenuOn(FxRobot robot, Node target) {
        robot.clickOn(target, javafx.scene.input.MouseButton.PRIMARY);
        robot.rightClickOn(target);
        robot.interact(() -> {
            javafx.geometry.Bounds b = target.localToScreen(target.getBoundsInLocal());
            javafx.geometry.Bounds local = target.getBoundsInLocal();
            javafx.event.Event.fireEvent(target, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getCenterX(), local.getCenterY(), b.getCenterX(), b.getCenterY(), false,
                    new javafx.scene.input.PickResult(target, b.getCenterX(), b.getCenterY())));
        });
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == index && !r.isEmpty()).findFirst().orElseThrow();
    }

    private static void await(Supplier<Boolean> condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.get()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private static void screenshot(Node node, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        var image = fx(() -> node.snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(name).toFile());
    }
}
