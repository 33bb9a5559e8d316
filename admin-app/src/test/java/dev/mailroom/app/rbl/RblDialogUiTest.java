package dev.mailroom.app.rbl;

import dev.mailroom.app.testing.RecordingNodeContext;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.app.common.PropertiesDialog;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.dns.checks.DnsCheckSettings;
import dev.mailroom.core.dns.rbl.RblMode;
import dev.mailroom.core.dns.rbl.RblPresets;
import dev.mailroom.core.dns.rbl.RblProvider;
import dev.mailroom.core.dns.rbl.RblSettings;
import dev.mailroom.core.dns.testing.Dnsmasq;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Reverse DNS Blacklisting dialog driven like a person would (headless TestFX): add a
 * blacklist, pick presets, switch the DNS checks, test an IP, save; against a real server and a
 * real dnsmasq. Writes the screenshots of the tab, the Security (DNS) tab and the Test dialog.
 */
@ExtendWith(ApplicationExtension.class)
class RblDialogUiTest {
    @TempDir
    static Path data;
    @TempDir
    static Path dnsDir;
    static RunningServer server;
    static AdminClient client;
    static Dnsmasq dns;
    Stage stage;

    @BeforeAll
    static void startServer() throws Exception {
        dns = Dnsmasq.in(dnsDir).blacklist("zen.test", "127.0.0.2", "127.0.0.2").start();
        server = ServerLauncher.start(data, new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0), OptionalInt.of(0)), 0, null);
        client = server.client();
    }

    @AfterAll
    static void stopServer() {
        server.close();
        dns.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("Mailroom")), 300, 200));
        stage.show();
    }

    private PropertiesDialog openDialog(FxRobot robot) {
        RecordingNodeContext ctx = RecordingNodeContext.sameThread(client, stage);
        PropertiesDialog[] d = new PropertiesDialog[1];
        robot.interact(() -> {
            RblViewModel vm = new RblViewModel(ctx.executor(), client, RblViewModel.Loaded.from(client));
            d[0] = RblPropertiesView.create(vm, ctx);
            d[0].show(stage);
        });
        return d[0];
    }

    @Test
    void addTestAndSaveABlacklist(FxRobot robot) throws Exception {
        PropertiesDialog d = openDialog(robot);
        robot.interact(() -> robot.lookup("#rbl-mode").queryAs(ComboBox.class).getSelectionModel().select(RblMode.DENY_AT_RCPT));

        robot.clickOn("#rbl-add");
        robot.clickOn("#rbl-provider-name").write("Local zen");
        robot.clickOn("#rbl-provider-zone").write("zen.test");
        robot.clickOn("#rbl-provider-server").write(dns.server());
        Window providerWindow = robot.lookup("#rbl-provider-name").query().getScene().getWindow();
        robot.interact(() -> {
            try {
                Screenshots.write(providerWindow.getScene(), "rbl-provider-dialog");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        robot.clickOn(robot.lookup("#dialog-ok").match(n -> n.getScene().getWindow() == providerWindow).queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> robot.lookup("#rbl-public-address").queryTextInputControl().setText("127.0.0.2"));
        TableView<?> table = robot.lookup("#rbl-providers").queryTableView();
        assertThat(((RblProvider) table.getItems().get(0)).name()).isEqualTo("Local zen");

        robot.clickOn("#rbl-test");
        robot.clickOn("#rbl-test-ip").write("127.0.0.2");
        robot.clickOn("#rbl-test-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#rbl-test-verdict").queryAs(Label.class).getText())
                .isEqualTo("127.0.0.2 would be refused: 550 5.7.1 This IP address has been blacklisted");
        assertThat(robot.lookup("#rbl-test-results").queryTableView().getItems()).hasSize(1);
        Window testWindow = robot.lookup("#rbl-test-ip").query().getScene().getWindow();
        robot.interact(() -> {
            try {
                Screenshots.write(testWindow.getScene(), "rbl-test-dialog");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        robot.interact(() -> ((javafx.stage.Stage) testWindow).close());

        // "Check this server" asks every list, disabled ones too.
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#rbl-toggle");
        assertThat(((RblProvider) table.getItems().get(0)).enabled()).isFalse();
        robot.clickOn("#rbl-test");
        robot.clickOn("#rbl-test-self");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#rbl-test-ip").queryTextInputControl().getText()).isEqualTo("127.0.0.2");
        assertThat(robot.lookup("#rbl-test-results").queryTableView().getItems()).hasSize(1);
        assertThat(robot.lookup("#rbl-test-verdict").queryAs(Label.class).getText()).startsWith("127.0.0.2 would be refused");
        Window selfWindow = robot.lookup("#rbl-test-ip").query().getScene().getWindow();
        robot.interact(() -> ((javafx.stage.Stage) selfWindow).close());
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#rbl-toggle");

        // Presets come in disabled; the public lists are never asked by this test.
        robot.clickOn("#rbl-presets");
        robot.clickOn("#rbl-preset-all");
        assertThat(table.getItems()).hasSize(1 + RblPresets.all().size());
        robot.interact(() -> {
            try {
                Screenshots.write(d.dialog().getDialogPane().getScene(), "rbl-tab");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        robot.interact(() -> d.selectTab("Security (DNS)"));
        CheckBox helo = robot.lookup("#dns-ptr-match-helo").queryAs(CheckBox.class);
        assertThat(helo.isDisabled()).isTrue();
        robot.clickOn("#dns-require-ptr");
        assertThat(helo.isDisabled()).isFalse();
        robot.clickOn("#dns-ptr-match-helo");
        robot.clickOn("#dns-reject-invalid-domain");
        robot.interact(() -> {
            try {
                Screenshots.write(d.dialog().getDialogPane().getScene(), "rbl-security-dns-tab");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        robot.clickOn(robot.lookup("#dialog-ok").match(n -> n.getScene().getWindow() == d.dialog().getDialogPane().getScene().getWindow())
                .queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        RblSettings stored = client.getSettings(RblSettings.SECTION.name(), RblSettings.class);
        assertThat(stored.mode()).isEqualTo(RblMode.DENY_AT_RCPT);
        assertThat(stored.enabledProviders()).extracting(RblProvider::name).containsExactly("Local zen");
        assertThat(client.getSettings(DnsCheckSettings.SECTION.name(), DnsCheckSettings.class))
                .isEqualTo(new DnsCheckSettings("", 2000, true, true, true));
        assertThat(Files.size(Path.of("").toAbsolutePath().getParent().resolve("docs/screenshots/rbl-tab.png"))).isPositive();
    }

    @Test
    void aBadTimeoutKeepsTheDialogOpenAndSaysWhyBesideTheField(FxRobot robot) {
        PropertiesDialog d = openDialog(robot);
        robot.interact(() -> robot.lookup("#rbl-timeout").queryTextInputControl().setText("5"));
        robot.clickOn(robot.lookup("#dialog-ok").match(n -> n.getScene().getWindow() == d.dialog().getDialogPane().getScene().getWindow())
                .queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(d.dialog().isShowing()).isTrue();
        assertThat(robot.lookup(".label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).isEqualTo("The lookup timeout must be between 100 and 30000"));
        robot.interact(() -> d.dialog().close());
    }
}
