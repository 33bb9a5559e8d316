package dev.mailroom.app.antivirus;

import dev.mailroom.app.testing.RecordingNodeContext;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.app.common.FxDialogService;
import dev.mailroom.core.antivirus.AntivirusClient;
import dev.mailroom.core.antivirus.AntivirusSettings;
import dev.mailroom.core.antivirus.AntivirusSettings.InfectedAction;
import dev.mailroom.server.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Filters > Antivirus and its dialogs in a real (headless) window against a real server and clamd; screenshots in docs/screenshots. */
@ExtendWith(ApplicationExtension.class)
class AntivirusFxTest {
    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    @TempDir
    static Path shared;
    static ClamdForConsole clamd;
    @TempDir
    Path dir;
    RunningServer server;
    RecordingNodeContext ctx;
    Stage stage;

    @BeforeAll
    static void startClamd() throws Exception {
        clamd = ClamdForConsole.start(shared);
    }

    @AfterAll
    static void stopClamd() {
        clamd.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 900, 560));
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

    private AntivirusView openPane(InfectedAction action) throws Exception {
        server = AvServerForConsole.start(dir, clamd.socket(), action);
        ctx = new RecordingNodeContext(server.client(), stage);
        return fx(() -> {
            AntivirusView v = new AntivirusView(new AntivirusViewModel(ctx.executor(), () -> new AntivirusClient(ctx.client())), ctx);
            stage.getScene().setRoot((javafx.scene.Parent) v.root());
            return v;
        });
    }

    @Test
    void scannersTestVirusAndQuarantine(FxRobot robot) throws Exception {
        AntivirusView v = openPane(InfectedAction.QUARANTINE);
        TableView<?> scanners = await(robot, "#av-scanners", TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> scanners.getItems().size()) == 2);
        assertThat(robot.lookup("#av-state").queryAs(Label.class).getText()).startsWith("On");

        robot.clickOn("#av-test-recipient").write("alice@acme.test");
        robot.clickOn("#av-send-test");
        Label result = robot.lookup("#av-test-result").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(result::getText).startsWith("QUARANTINED"));
        assertThat(fx(result::getText)).contains("Test.EICAR.NDB.UNOFFICIAL").contains("250 2.0.0 Ok: queued as");
        screenshot(v.root(), "antivirus-scanners-test-virus.png");

        fx(() -> {
            v.tabs().getSelectionModel().select(1);
            return null;
        });
        TableView<?> quarantine = await(robot, "#av-quarantine", TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> quarantine.getItems().size()) == 1);
        fx(() -> {
            quarantine.getSelectionModel().select(0);
            return null;
        });
        screenshot(v.root(), "antivirus-quarantine.png");

        robot.clickOn("#av-q-headers");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#av-headers-text").tryQuery().isPresent());
        TextArea headers = robot.lookup("#av-headers-text").queryAs(TextArea.class);
        assertThat(fx(() -> headers.getText())).contains("Subject: Mailroom antivirus test").contains("Return-Path: <>");
        screenshot(headers.getScene().getRoot(), "antivirus-quarantine-headers.png");
        fx(() -> {
            ((Stage) headers.getScene().getWindow()).close();
            return null;
        });

        robot.clickOn("#av-q-release");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + FxDialogService.CONFIRM_ID).tryQuery().isPresent());
        Button ok = robot.lookup("#" + FxDialogService.CONFIRM_ID + " .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("OK")).findFirst().orElseThrow();
        robot.clickOn(ok);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> quarantine.getItems().isEmpty()));
        assertThat(AvServerForConsole.aliceMessages(server)).isEqualTo(1);
        assertThat(robot.lookup("#av-message").queryAs(Label.class).getText()).startsWith("Released ");
    }

    @Test
    void actionsTabSavesWhatHappensToAnInfectedMessage(FxRobot robot) throws Exception {
        server = AvServerForConsole.start(dir, clamd.socket(), InfectedAction.REJECT);
        ctx = new RecordingNodeContext(server.client(), stage);
        AntivirusClient client = new AntivirusClient(server.client());
        AntivirusPropertiesView v = fx(() -> {
            AntivirusPropertiesView p = new AntivirusPropertiesView(new AntivirusPropertiesViewModel(ctx.executor(), client, client.settings()));
            p.dialog().onSaved(() -> ctx.refreshView(AntivirusNode.ID)).show(stage);
            return p;
        });
        fx(() -> {
            v.dialog().selectTab("Actions");
            return null;
        });
        robot.clickOn("#av-quarantine");
        robot.clickOn("#av-notify-admin");
        robot.clickOn("#dialog-apply");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#av-admin-address-error").queryAs(Label.class).getText().isEmpty());
        screenshot(v.dialog().dialog().getDialogPane(), "antivirus-properties-actions-refused.png");
        robot.clickOn("#av-admin-address").write("postmaster@acme.test");
        robot.clickOn("#av-notify-recipient");
        screenshot(v.dialog().dialog().getDialogPane(), "antivirus-properties-actions.png");
        robot.clickOn("#dialog-apply");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !ctx.refreshed.isEmpty());
        AntivirusSettings s = server.context().settings().read(AntivirusSettings.SECTION);
        assertThat(s.onInfected()).isEqualTo(InfectedAction.QUARANTINE);
        assertThat(s.notifyAdministrator()).isTrue();
        assertThat(s.administratorAddress()).isEqualTo("postmaster@acme.test");
        assertThat(s.notifyRecipient()).isTrue();
    }

    @Test
    void scannerDialogsForClamdAndACommandLineScanner(FxRobot robot) throws Exception {
        AntivirusView pane = openPane(InfectedAction.REJECT);
        TableView<?> scanners = await(robot, "#av-scanners", TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> scanners.getItems().size()) == 2);
        fx(() -> {
            scanners.getSelectionModel().select(0);
            return null;
        });
        robot.clickOn("#av-scanner-properties");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#clamd-socket").tryQuery().isPresent());
        robot.doubleClickOn("#clamd-pool").write("9");
        screenshot(robot.lookup("#clamd-socket").queryAs(Node.class).getScene().getRoot(), "antivirus-clamd-properties.png");
        robot.clickOn("#dialog-apply");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> server.context().settings().read(AntivirusSettings.SECTION).clamd().get(0).poolSize() == 9);
        fx(() -> {
            ((Stage) robot.lookup("#clamd-socket").queryAs(Node.class).getScene().getWindow()).close();
            return null;
        });

        robot.clickOn("#av-add-command-line");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#cl-executable").tryQuery().isPresent());
        robot.doubleClickOn("#cl-name").write("vscan");
        robot.clickOn("#cl-single");
        robot.doubleClickOn("#cl-infected").write("0");
        robot.clickOn("#dialog-apply");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#cl-infected-error").queryAs(Label.class).getText().contains("both"));
        screenshot(robot.lookup("#cl-executable").queryAs(Node.class).getScene().getRoot(), "antivirus-command-line-properties-refused.png");
        robot.doubleClickOn("#cl-infected").write("1");
        robot.clickOn("#cl-template");
        assertThat(robot.lookup("#cl-arguments").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("--no-summary --stdout %f");
        robot.doubleClickOn("#cl-name").write("vscan");
        robot.clickOn("#cl-single");
        screenshot(robot.lookup("#cl-executable").queryAs(Node.class).getScene().getRoot(), "antivirus-command-line-properties.png");
        robot.clickOn("#dialog-apply");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> server.context().settings().read(AntivirusSettings.SECTION).commandLine().size() == 2);
        assertThat(server.context().settings().read(AntivirusSettings.SECTION).commandLine().get(1))
                .satisfies(c -> {
                    assertThat(c.name()).isEqualTo("vscan");
                    assertThat(c.singleInstance()).isTrue();
                    assertThat(c.executable()).isEqualTo("/usr/bin/clamscan");
                });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> scanners.getItems().size()) == 3);
        assertThat(pane).isNotNull();
    }

    /** A node of the pane once the tab pane has laid out its content. */
    private static <T extends Node> T await(FxRobot robot, String query, Class<T> type) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).queryAs(type);
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
