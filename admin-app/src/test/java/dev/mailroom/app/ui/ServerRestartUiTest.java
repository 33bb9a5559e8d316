package dev.mailroom.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.app.postoffice.PostOfficeIds;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server goes away under the console and comes back: the banner says so, nothing hangs,
 * Retry finds the restarted server (new port, new token) and what was created before the
 * restart is still there.
 */
class ServerRestartUiTest {
    @TempDir
    Path data;
    ConsoleHarness h;

    @AfterEach
    void close() throws Exception {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void bannerWhenTheServerStopsRetryAfterItRestartsAndTheDataPersists() throws Exception {
        h = new ConsoleHarness(data);
        h.open(1000, 650);
        h.select(PostOfficeIds.POST_OFFICES);
        h.contextMenuOnNode(PostOfficeIds.POST_OFFICES);
        h.robot.clickOn("New Post Office…");
        h.robot.clickOn("#new-postoffice-name").write("KEEP");
        h.robot.clickOn("#new-postoffice-domain").write("keep.example");
        h.robot.clickOn("#new-postoffice-postmaster");   // no postmaster this time
        h.robot.clickOn("#dialog-ok");
        h.treeContains(PostOfficeIds.of("KEEP"));
        h.closeDialogs();

        h.server.close();
        h.robot.interact(() -> h.window.tree().view().requestFocus());
        h.robot.type(KeyCode.F5);                          // View > Refresh
        Node banner = h.node("banner", Node.class);
        ConsoleHarness.waitFor(banner::isVisible);
        // Whichever failed call reports first words it: the list's request, or Refresh's look for the server.
        assertThat(h.node("banner-text", Label.class).getText())
                .containsAnyOf("Cannot reach the Mailroom server", "No Mailroom server is running on " + data);

        h.startServer();
        h.robot.clickOn("#banner-retry");
        ConsoleHarness.waitFor(() -> !banner.isVisible());
        assertThat(h.window.connection().client().apiRoot()).isEqualTo(h.api.apiRoot());
        h.treeContains(PostOfficeIds.of("KEEP"));
        assertThat(h.api.getPostOffice("KEEP").domainCount()).isEqualTo(1);
    }
}
