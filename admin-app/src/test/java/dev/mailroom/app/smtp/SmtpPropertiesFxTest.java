package dev.mailroom.app.smtp;

import dev.mailroom.app.testing.RecordingNodeContext;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.relay.RelaySettings;
import dev.mailroom.core.smtp.SmtpSections;
import dev.mailroom.server.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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

/** SMTP Properties and Test relay… in a real (headless) window against a real server. */
@ExtendWith(ApplicationExtension.class)
class SmtpPropertiesFxTest {
    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    @TempDir
    Path dir;
    RunningServer server;
    RecordingNodeContext ctx;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void stop() {
        if (ctx != null) {
            ctx.close();
            assertThat(ctx.failures).isEmpty();
        }
        if (server != null) {
            server.close();
        }
    }

    private SmtpPropertiesView openDialog() throws Exception {
        server = SmtpServerForConsole.start(dir);
        ctx = new RecordingNodeContext(server.client(), stage);
        SmtpSettingsBundle bundle = SmtpSettingsBundle.load(ctx.client());
        return fx(() -> {
            SmtpPropertiesView v = new SmtpPropertiesView(new SmtpPropertiesViewModel(ctx.executor(), ctx.client(), bundle), ctx);
            v.dialog().onSaved(() -> ctx.refreshView(SmtpNode.ID)).show(stage);
            return v;
        });
    }

    @Test
    void tabsWarningApplyAndScreenshots(FxRobot robot) throws Exception {
        SmtpPropertiesView v = openDialog();
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(fx(() -> tabs.getTabs().stream().map(Tab::getText).toList()))
                .containsExactly("General", "Inbound", "Relay", "Access Control", "Security", "Logging");
        screenshot(v.dialog().dialog().getDialogPane(), "smtp-properties-general.png");

        fx(() -> {
            v.dialog().selectTab("Relay");
            return null;
        });
        Label warning = robot.lookup("#relay-open-warning").queryAs(Label.class);
        assertThat(fx(warning::isVisible)).isFalse();
        assertThat(robot.lookup("#relay-remote-queue").queryAs(Label.class).getText()).contains("Agents > MTA delivers them");
        robot.clickOn("#relay-anyone");
        assertThat(fx(warning::isVisible)).isTrue();
        screenshot(v.dialog().dialog().getDialogPane(), "smtp-properties-relay-open-warning.png");
        robot.clickOn("#relay-anyone");
        assertThat(fx(warning::isVisible)).isFalse();
        robot.clickOn("#relay-local-senders");

        fx(() -> {
            v.dialog().selectTab("Access Control");
            return null;
        });
        robot.clickOn("#access-patterns").write("127.0.0.9");
        screenshot(v.dialog().dialog().getDialogPane(), "smtp-properties-access-control.png");
        robot.clickOn("#dialog-apply");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !ctx.refreshed.isEmpty());
        assertThat(server.context().settings().read(SmtpSections.RELAY).allowLocalSenders()).isTrue();
        assertThat(server.context().settings().read(SmtpSections.RELAY).allowAnyone()).isFalse();
        assertThat(server.context().settings().read(SmtpSections.ACCESS).patterns().texts()).containsExactly("127.0.0.9");
    }

    @Test
    void aRefusedFieldSelectsItsTabAndSendsNothing(FxRobot robot) throws Exception {
        SmtpPropertiesView v = openDialog();
        fx(() -> {
            v.dialog().selectTab("Inbound");
            return null;
        });
        robot.doubleClickOn("#smtp-max-recipients").write("0");
        fx(() -> {
            v.dialog().selectTab("Logging");
            return null;
        });
        robot.clickOn("#dialog-apply");
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> tabs.getSelectionModel().getSelectedItem().getText()).equals("Inbound"));
        assertThat(robot.lookup("#smtp-max-recipients-error").queryAs(Label.class).getText()).contains("between 1 and");
        screenshot(v.dialog().dialog().getDialogPane(), "smtp-properties-inbound-refused.png");
        assertThat(server.context().settings().read(SmtpSections.SMTP).limits().maxRecipients()).isEqualTo(100);
    }

    @Test
    void testRelayShowsVerdictAndDebugLines(FxRobot robot) throws Exception {
        server = SmtpServerForConsole.start(dir);
        ctx = new RecordingNodeContext(server.client(), stage);
        server.context().settings().write(SmtpSections.RELAY, RelaySettings.defaults());
        RelayTestView view = fx(() -> {
            RelayTestView t = new RelayTestView(new RelayTestViewModel(ctx.executor(), ctx.client()));
            t.dialog().initOwner(stage);
            t.dialog().show();
            return t;
        });
        robot.clickOn("#rt-client-ip").write("203.0.113.9");
        robot.clickOn("#rt-sender").write("someone@remote.test");
        robot.clickOn("#rt-recipient").write("carol@far.test");
        robot.clickOn("#rt-run");
        TextArea log = robot.lookup("#rt-log").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(log::getText).contains("ME-I0111"));
        assertThat(robot.lookup("#rt-verdict").queryAs(Label.class).getText())
                .startsWith("Refused").contains("550 5.7.1 This mail server requires authentication.");
        screenshot(view.dialog().getDialogPane(), "smtp-relay-test-denied.png");

        robot.clickOn("#rt-authenticated");
        robot.clickOn("#rt-login").write("alice@Acme");
        TextField sender = robot.lookup("#rt-sender").queryAs(TextField.class);
        fx(() -> {
            sender.setText("alice@acme.test");
            return null;
        });
        robot.clickOn("#rt-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(log::getText).contains("ME-I0108"));
        assertThat(robot.lookup("#rt-verdict").queryAs(Label.class).getText()).startsWith("Relayed to carol@far.test");
        screenshot(view.dialog().getDialogPane(), "smtp-relay-test-granted.png");
        assertThat(robot.lookup("#rt-authenticated").queryAs(CheckBox.class).isSelected()).isTrue();
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
