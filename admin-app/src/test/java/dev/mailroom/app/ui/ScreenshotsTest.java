package dev.mailroom.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.app.common.PropertiesDialog;
import dev.mailroom.app.domain.DomainPropertiesView;
import dev.mailroom.app.mailbox.MailboxPropertiesView;
import dev.mailroom.app.mailbox.NewMailboxView;
import dev.mailroom.app.mailbox.SetPasswordView;
import dev.mailroom.app.postoffice.NewPostOfficeView;
import dev.mailroom.app.postoffice.PostOfficeIds;
import dev.mailroom.app.postoffice.PostOfficePropertiesView;
import dev.mailroom.app.server.LocalhostNode;
import dev.mailroom.app.server.LocalhostPropertiesView;
import dev.mailroom.app.server.LocalhostPropertiesViewModel;
import dev.mailroom.app.window.ConnectView;
import dev.mailroom.app.window.ConnectViewModel;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.Requests;
import dev.mailroom.core.model.MailboxType;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders every screen of the console to PNG files: the main window with the tree expanded, each
 * list, each dialog tab, the "server does not answer" banner. Writes to {@code target/screenshots}
 * unless {@code -Dmailroom.screenshots=DIR} names another folder (scripts/screenshots.sh passes
 * {@code docs/screenshots}). Each image is checked to be a real picture, not a blank one.
 */
class ScreenshotsTest {
    @TempDir
    static Path data;
    static ConsoleHarness h;
    static Path out;

    @BeforeAll
    static void start() throws Exception {
        h = new ConsoleHarness(data);
        out = Path.of(System.getProperty("mailroom.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        AdminClient api = h.api;
        api.createPostOffice("EXAMPLE");
        api.addDomain("EXAMPLE", "example.com");
        api.addDomain("EXAMPLE", "example.net");
        api.updateDomain("EXAMPLE", "example.com", new Requests.DomainUpdate(true, "alice", "", "alice@example.com",
                List.of("*.com.au", "spam.example")));
        api.createMailbox("EXAMPLE", "alice", "correct horse".toCharArray(), MailboxType.ADMIN, 500_000);
        api.createMailbox("EXAMPLE", "bob", "correct horse".toCharArray(), MailboxType.USER, 100_000);
        api.createMailbox("EXAMPLE", "postmaster", "correct horse".toCharArray(), MailboxType.USER, 0);
        api.updateMailbox("EXAMPLE", "bob", new Requests.MailboxUpdate(null, null, null, null,
                List.of("bob@elsewhere.example"), true));
        api.createPostOffice("CONTOSO");
        api.addDomain("CONTOSO", "contoso.example");
        h.open(1100, 680);
    }

    @AfterAll
    static void stop() throws Exception {
        h.close();
    }

    @Test
    void everyScreen() throws Exception {
        expandAll();
        h.select(LocalhostNode.ID);
        ConsoleHarness.waitFor(() -> !h.robot.lookup("#status-version").queryLabeled().getText().equals("…"));
        window("main-window");

        h.select(PostOfficeIds.POST_OFFICES);
        waitRows("postoffices-table", 2);
        window("list-postoffices");
        h.select(PostOfficeIds.domains("EXAMPLE"));
        waitRows("domains-table", 2);
        window("list-domains");
        h.select(PostOfficeIds.mailboxes("EXAMPLE"));
        waitRows("mailboxes-table", 3);
        window("list-mailboxes");
        h.select("service:smtp");
        window("node-smtp-status");

        dialog("dialog-new-postoffice", () -> NewPostOfficeView.open(h.window), null);
        dialog("dialog-postoffice-general", () -> PostOfficePropertiesView.open(h.window, h.api.getPostOffice("EXAMPLE")), null);
        var domain = h.api.getDomain("EXAMPLE", "example.com");
        dialog("dialog-domain-general", () -> DomainPropertiesView.open(h.window, domain), null);
        dialog("dialog-domain-blacklists", () -> DomainPropertiesView.open(h.window, domain), d -> {
            d.selectTab("Blacklists");
            h.robot.lookup("#blacklist-mask").queryTextInputControl().setText("*.bad*mask");
        });
        dialog("dialog-new-mailbox", () -> NewMailboxView.open(h.window, "EXAMPLE"), null);
        var bob = h.api.getMailbox("EXAMPLE", "bob");
        dialog("dialog-mailbox-general", () -> MailboxPropertiesView.open(h.window, bob), null);
        dialog("dialog-mailbox-addresses", () -> MailboxPropertiesView.open(h.window, bob), d -> d.selectTab("Addresses"));
        dialog("dialog-mailbox-redirection", () -> MailboxPropertiesView.open(h.window, bob), d -> d.selectTab("Redirection"));
        dialog("dialog-set-password", () -> SetPasswordView.open(h.window, "EXAMPLE", "bob"), null);
        var loaded = LocalhostPropertiesViewModel.load(h.api);
        dialog("dialog-localhost-general", () -> LocalhostPropertiesView.open(h.window, loaded), null);
        dialog("dialog-connect", () -> ConnectView.open(new ConnectViewModel(h.executor, "http://127.0.0.1:8025", (c, u) -> { }),
                h.window.window()), null);

        // The banner: the console pointed at a port where nothing answers.
        int dead;
        try (ServerSocket s = new ServerSocket(0)) {
            dead = s.getLocalPort();
        }
        AdminClient nowhere = AdminClient.connect(URI.create("http://127.0.0.1:" + dead), "x");
        h.robot.interact(() -> h.window.connection().use(nowhere, "Connected to http://127.0.0.1:" + dead));
        ConsoleHarness.waitFor(() -> h.window.connection().unreachableProperty().get());
        window("banner-server-not-answering");
        h.robot.interact(() -> h.window.connection().use(h.api, "Connected to " + h.api.apiRoot()));
    }

    private static void expandAll() throws Exception {
        for (String id : List.of("root", "messaging-manager", PostOfficeIds.POST_OFFICES, PostOfficeIds.of("EXAMPLE"),
                "servers", LocalhostNode.ID, "connectors", "agents", "services", "filters", "logs")) {
            h.treeContains(id);
            h.robot.interact(() -> h.window.tree().item(id).orElseThrow().setExpanded(true));
        }
        h.treeContains(PostOfficeIds.mailboxes("EXAMPLE"));
        h.treeContains("service:antivirus");
    }

    private static void waitRows(String tableId, int rows) throws Exception {
        ConsoleHarness.waitFor(() -> h.find(tableId).map(t -> {
            TableView<?> table = (TableView<?>) t;
            return table.getItems().size() == rows && table.getItems().get(0) != null;
        }).orElse(false));
    }

    private static void window(String name) throws Exception {
        save(name, h.stage.getScene());
    }

    private static void dialog(String name, Supplier<PropertiesDialog> open, java.util.function.Consumer<PropertiesDialog> prepare)
            throws Exception {
        AtomicReference<PropertiesDialog> d = new AtomicReference<>();
        h.robot.interact(() -> {
            d.set(open.get());
            if (prepare != null) {
                prepare.accept(d.get());
            }
        });
        save(name, d.get().dialog().getDialogPane().getScene());
        h.robot.interact(() -> d.get().dialog().close());
        h.closeDialogs();
    }

    private static void save(String name, Scene scene) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        h.robot.interact(() -> image.set(scene.snapshot(null)));
        BufferedImage png = SwingFXUtils.fromFXImage(image.get(), null);
        Path file = out.resolve(name + ".png");
        try {
            ImageIO.write(png, "png", file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot write " + file, e);
        }
        assertThat(png.getWidth()).isGreaterThan(200);
        assertThat(distinctColours(png)).as(name + " has content").isGreaterThan(8);
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
