package dev.mailroom.app.pop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.app.common.PropertiesDialog;
import dev.mailroom.app.common.SameThreadTaskExecutor;
import dev.mailroom.core.pop3.Pop3Settings;
import dev.mailroom.core.pop3.Pop3StatusDto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The POP summary and properties dialog on screen (headless Monocle) against a real server:
 * what they show, Unban through the Auto-ban tab, and the screenshots in docs/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class Pop3ConsoleScreensTest {
    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    @TempDir
    Path data;
    PopServer pop;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("console")), 760, 420));
        stage.show();
    }

    @BeforeEach
    void server() throws Exception {
        pop = new PopServer(data);
    }

    @AfterEach
    void stop() {
        pop.close();
    }

    private static void screenshot(Node node, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png",
                SCREENSHOTS.resolve(name).toFile());
    }

    @Test
    void theSummaryShowsStatePortAndConnections(FxRobot robot) throws Exception {
        int port = pop.pop3Port();
        Pop3SummaryView[] view = new Pop3SummaryView[1];
        robot.interact(() -> {
            view[0] = new Pop3SummaryView(new Pop3SummaryViewModel(new SameThreadTaskExecutor(), () -> pop.client));
            stage.getScene().setRoot(new StackPane(view[0].root()));
        });
        assertThat(robot.lookup("#pop3-summary").queryAs(Label.class).getText())
                .contains("POP3 RUNNING on 0.0.0.0:" + port).contains("POP3 TLS DISABLED");
        assertThat(robot.lookup("#pop3-connections").queryAs(Label.class).getText())
                .isEqualTo("0 connections now; 0 addresses banned");
        robot.interact(() -> {
            try {
                screenshot(view[0].root(), "pop-summary.png");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(SCREENSHOTS.resolve("pop-summary.png")).isNotEmptyFile();
    }

    @Test
    void thePropertiesDialogHasItsThreeTabsAndUnbanWorks(FxRobot robot) throws Exception {
        String host = pop.banThisMachine();
        PropertiesDialog[] dialog = new PropertiesDialog[1];
        robot.interact(() -> {
            Pop3PropertiesViewModel vm = new Pop3PropertiesViewModel(new SameThreadTaskExecutor(), () -> pop.client,
                    pop.client.getSettings("pop3", Pop3Settings.class));
            dialog[0] = Pop3PropertiesView.build(vm);
            dialog[0].show(stage);
        });
        Node pane = dialog[0].dialog().getDialogPane();
        for (String tab : new String[] {"General", "Settings", "Auto-ban"}) {
            robot.interact(() -> dialog[0].selectTab(tab));
            robot.interact(() -> {
                try {
                    screenshot(pane, "pop-properties-" + tab.toLowerCase().replace("-", "") + ".png");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        @SuppressWarnings("unchecked")
        TableView<Pop3StatusDto.BanDto> bans = robot.lookup("#pop3-bans").queryAs(TableView.class);
        assertThat(bans.getItems()).singleElement().satisfies(b -> assertThat(b.address()).isEqualTo(host));
        robot.interact(() -> bans.getSelectionModel().select(0));
        robot.clickOn("#pop3-unban");
        assertThat(bans.getItems()).isEmpty();
        assertThat(pop.client.get("/pop3", Pop3StatusDto.class).bans()).isEmpty();
        robot.interact(() -> dialog[0].dialog().close());
    }
}
