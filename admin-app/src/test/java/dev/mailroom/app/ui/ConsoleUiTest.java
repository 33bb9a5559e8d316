package dev.mailroom.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.app.common.FxDialogService;
import dev.mailroom.app.postoffice.PostOfficeIds;
import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.api.MailboxDto;
import dev.mailroom.core.model.MailboxType;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The console driven like a person drives it, headless (Monocle), against a real server on free
 * ports in a temporary data directory. Each test checks the result through the admin API too.
 */
class ConsoleUiTest {
    @TempDir
    static Path data;
    static ConsoleHarness h;
    FxRobot robot;

    @BeforeAll
    static void startServer() throws Exception {
        h = new ConsoleHarness(data);
    }

    @AfterAll
    static void stopServer() throws Exception {
        h.close();
    }

    @BeforeEach
    void openWindow() throws Exception {
        h.closeDialogs();
        h.open(1100, 700);
        robot = h.robot;
    }

    @Test
    void createPostOfficeThroughTheContextMenuShowsItInTheTreeAndTheApi() throws Exception {
        h.select(PostOfficeIds.POST_OFFICES);
        h.contextMenuOnNode(PostOfficeIds.POST_OFFICES);
        robot.clickOn("New Post Office…");
        robot.clickOn("#new-postoffice-name").write("ACME");
        robot.clickOn("#new-postoffice-domain").write("acme.example");
        robot.clickOn("#dialog-ok");

        h.treeContains(PostOfficeIds.of("ACME"));
        assertThat(h.api.getPostOffice("ACME").domainCount()).isEqualTo(1);
        MailboxDto postmaster = h.api.getMailbox("ACME", "postmaster");
        assertThat(postmaster.addresses()).containsExactly("postmaster@acme.example");
        // The generated password is shown once, and it is the one the server took.
        ConsoleHarness.waitFor(() -> h.find("secret-value").isPresent());
        String password = h.node("secret-value", TextField.class).getText();
        assertThat(password).hasSize(16);
        assertThat(h.windowWith(FxDialogService.SECRET_ID)).isPresent();
    }

    @Test
    void addADomainAndAMailboxFromThePostOfficesMenus() throws Exception {
        h.api.createPostOffice("BETA");
        h.select(PostOfficeIds.of("BETA"));
        h.contextMenuOnNode(PostOfficeIds.of("BETA"));
        robot.clickOn("New Domain…");
        robot.clickOn("#new-domain-name").write("beta.example");
        robot.type(KeyCode.ENTER);
        ConsoleHarness.waitFor(() -> h.api.listDomains("BETA", 0, 10, null).total() == 1);

        // The Action menu mirrors the context menu.
        h.select(PostOfficeIds.of("BETA"));
        robot.clickOn("#menu-action");
        robot.clickOn("New Mailbox…");
        robot.clickOn("#new-mailbox-name").write("alice");
        robot.clickOn("#new-mailbox-password").write("correct horse");
        robot.clickOn("#new-mailbox-quota").eraseText(1).write("5000");
        robot.clickOn("#dialog-ok");

        ConsoleHarness.waitFor(() -> h.api.listMailboxes("BETA", 0, 10, null).total() == 1);
        MailboxDto alice = h.api.getMailbox("BETA", "alice");
        assertThat(alice.quotaKb()).isEqualTo(5000);
        assertThat(alice.addresses()).containsExactly("alice@beta.example");
        // The Mailboxes list shows it.
        ConsoleHarness.waitFor(() -> h.find("mailboxes-table").map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));
    }

    @Test
    void changeAQuotaInMailboxProperties() throws Exception {
        h.api.createPostOffice("GAMMA");
        h.api.addDomain("GAMMA", "gamma.example");
        h.api.createMailbox("GAMMA", "bob", "long enough".toCharArray(), MailboxType.USER, 1000);
        h.select(PostOfficeIds.mailboxes("GAMMA"));
        ConsoleHarness.waitFor(() -> robot.lookup("bob").tryQuery().isPresent());
        robot.doubleClickOn("bob");
        robot.clickOn("#mailbox-quota").eraseText(4).write("25000");
        robot.clickOn("#dialog-ok");
        ConsoleHarness.waitFor(() -> h.api.getMailbox("GAMMA", "bob").quotaKb() == 25000);
        assertThat(h.windowWith("mailbox-quota")).isEmpty();
    }

    @Test
    void addABlacklistMaskAndRefuseAnInvalidOneBesideTheField() throws Exception {
        h.api.createPostOffice("DELTA");
        h.api.addDomain("DELTA", "delta.example");
        h.select(PostOfficeIds.domains("DELTA"));
        ConsoleHarness.waitFor(() -> robot.lookup("delta.example").tryQuery().isPresent());
        h.contextMenuOn(robot.lookup("delta.example").query());
        robot.clickOn("Properties…");
        robot.clickOn("Blacklists");
        robot.clickOn("#blacklist-mask").write("*.com.au");
        robot.clickOn("#blacklist-add");
        robot.clickOn("#blacklist-mask").write("*.bad*mask");
        Label reason = h.node("blacklist-mask-error", Label.class);
        ConsoleHarness.waitFor(reason::isVisible);
        assertThat(reason.getText()).contains("'*' may only start a mask");
        // OK with a refused mask in the field saves nothing.
        robot.clickOn("#dialog-ok");
        assertThat(h.windowWith("blacklist-mask")).isPresent();
        assertThat(h.api.getDomain("DELTA", "delta.example").blacklist()).isEmpty();

        robot.doubleClickOn("#blacklist-mask").eraseText(11);
        robot.clickOn("#dialog-ok");
        ConsoleHarness.waitFor(() -> h.api.getDomain("DELTA", "delta.example").blacklist().equals(java.util.List.of("*.com.au")));
    }

    @Test
    void invalidInputShowsItsMessageAndSavesNothing() throws Exception {
        h.select(PostOfficeIds.POST_OFFICES);
        long before = h.api.listPostOffices(0, 1, null).total();
        robot.clickOn("#menu-action");
        robot.clickOn("New Post Office…");
        robot.clickOn("#new-postoffice-name").write("bad/name");
        robot.clickOn("#new-postoffice-domain").write("fine.example");
        Label reason = h.node("new-postoffice-name-error", Label.class);
        ConsoleHarness.waitFor(reason::isVisible);
        assertThat(reason.getText()).isEqualTo("Post office name must not contain '/' or '\\'");
        robot.clickOn("#dialog-ok");
        assertThat(h.windowWith("new-postoffice-name")).isPresent();
        assertThat(h.api.listPostOffices(0, 1, null).total()).isEqualTo(before);

        // A refusal from the server (a duplicate) appears beside the field it names.
        h.api.createPostOffice("TAKEN");
        robot.doubleClickOn("#new-postoffice-name").eraseText(8).write("TAKEN");
        robot.clickOn("#dialog-ok");
        ConsoleHarness.waitFor(() -> reason.isVisible() && reason.getText().toLowerCase().contains("exist"));
        assertThat(h.api.listDomains("TAKEN", 0, 10, null).total()).isZero();
    }

    @Test
    void deleteAsksForConfirmationSayingWhatGoesWithIt() throws Exception {
        h.api.createPostOffice("DOOMED");
        h.api.addDomain("DOOMED", "doomed.example");
        h.api.createMailbox("DOOMED", "carol", "long enough".toCharArray(), MailboxType.USER, 0);
        h.select(PostOfficeIds.of("DOOMED"));
        h.contextMenuOnNode(PostOfficeIds.of("DOOMED"));
        robot.clickOn("Delete…");
        ConsoleHarness.waitFor(() -> h.windowWith(FxDialogService.CONFIRM_ID).isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .contains("1 domain and 1 mailbox");
        // Cancel first: nothing goes.
        robot.clickOn("Cancel");
        assertThat(h.api.getPostOffice("DOOMED").mailboxCount()).isEqualTo(1);

        h.contextMenuOnNode(PostOfficeIds.of("DOOMED"));
        robot.clickOn("Delete…");
        ConsoleHarness.waitFor(() -> h.windowWith(FxDialogService.CONFIRM_ID).isPresent());
        robot.clickOn("Delete");
        ConsoleHarness.waitFor(() -> h.window.tree().item(PostOfficeIds.of("DOOMED")).isEmpty());
        try {
            h.api.getPostOffice("DOOMED");
            throw new AssertionError("DOOMED still exists");
        } catch (ApiException e) {
            assertThat(e.status()).isEqualTo(404);
        }
    }

    @Test
    void newMailboxWithTheKeyboardAlone() throws Exception {
        h.api.createPostOffice("KEYS");
        h.api.addDomain("KEYS", "keys.example");
        h.select(PostOfficeIds.POST_OFFICES);
        robot.interact(() -> h.window.tree().view().requestFocus());
        robot.type(KeyCode.RIGHT);                       // expand Post Offices
        h.treeContains(PostOfficeIds.of("KEYS"));
        int steps = h.window.tree().view().getRow(h.window.tree().item(PostOfficeIds.of("KEYS")).orElseThrow())
                - h.window.tree().view().getSelectionModel().getSelectedIndex();
        for (int i = 0; i < steps; i++) {
            robot.type(KeyCode.DOWN);
        }
        ConsoleHarness.waitFor(() -> h.window.tree().selectedNode().get().id().equals(PostOfficeIds.of("KEYS")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        ConsoleHarness.waitFor(() -> h.find("new-mailbox-name").isPresent());
        ConsoleHarness.waitFor(() -> h.find("new-mailbox-name").map(javafx.scene.Node::isFocused).orElse(false));
        h.keys("dave");
        robot.type(KeyCode.TAB);
        h.keys("s3cretenough");                           // password
        robot.type(KeyCode.TAB);                          // Generate
        robot.type(KeyCode.TAB);                          // type
        robot.type(KeyCode.DOWN);                         // USER -> ADMIN
        robot.type(KeyCode.TAB);                          // quota, its "0" selected
        h.keys("2048");
        robot.type(KeyCode.ENTER);                        // OK
        ConsoleHarness.waitFor(() -> h.api.listMailboxes("KEYS", 0, 10, "dave").total() == 1);
        MailboxDto dave = h.api.getMailbox("KEYS", "dave");
        assertThat(dave.type()).isEqualTo(MailboxType.ADMIN);
        assertThat(dave.quotaKb()).isEqualTo(2048);
    }
}
