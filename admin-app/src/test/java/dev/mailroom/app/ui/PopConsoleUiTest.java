package dev.mailroom.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.app.pop.Pop3Node;
import dev.mailroom.app.server.LocalhostNode;
import dev.mailroom.core.pop3.Pop3Settings;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Services &gt; POP in the real main window against a real server: the summary, the context
 * menu's Properties, a change saved through the dialog and read back from the server.
 */
class PopConsoleUiTest {
    @TempDir
    Path data;
    ConsoleHarness h;

    @AfterEach
    void stop() throws Exception {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void popSummaryAndPropertiesFromTheTree() throws Exception {
        h = new ConsoleHarness(data);
        h.open(1000, 560);
        for (String id : List.of("root", "servers", LocalhostNode.ID, "services")) {
            h.treeContains(id);
            h.robot.interact(() -> h.window.tree().item(id).orElseThrow().setExpanded(true));
        }
        h.treeContains(Pop3Node.ID);
        h.select(Pop3Node.ID);
        ConsoleHarness.waitFor(() -> h.find("pop3-summary").map(l -> ((Label) l).getText().contains("POP3 RUNNING"))
                .orElse(false));
        assertThat(h.node("pop3-connections", Label.class).getText()).endsWith("0 addresses banned");
        screenshot("console-pop");

        h.contextMenuOnNode(Pop3Node.ID);
        h.robot.clickOn("Properties…");
        ConsoleHarness.waitFor(() -> h.find("pop3-max-connections").isPresent());
        h.robot.interact(() -> h.node("pop3-max-connections", TextField.class).setText("42"));
        h.robot.clickOn("#dialog-ok");
        ConsoleHarness.waitFor(() -> h.api.getSettings("pop3", Pop3Settings.class).maxConnections() == 42);
        h.closeDialogs();
    }

    private void screenshot(String name) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        h.robot.interact(() -> image.set(h.stage.getScene().snapshot(null)));
        BufferedImage png = SwingFXUtils.fromFXImage(image.get(), null);
        Path dir = Path.of("..", "docs", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(png, "png", dir.resolve(name + ".png").toFile());
        assertThat(dir.resolve(name + ".png")).isNotEmptyFile();
    }
}
