package dev.mailroom.app.logs;

import dev.mailroom.app.testing.RecordingNodeContext;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailroom.core.logs.DebugCode;
import dev.mailroom.core.logs.LogKind;
import dev.mailroom.core.logs.LogQuery;
import dev.mailroom.core.logs.LogsClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
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

/**
 * The log viewer against the real server: its SMTP connector writes the logs (real sessions
 * over sockets from 127.0.0.x), the view reads them through the admin API.
 */
@ExtendWith(ApplicationExtension.class)
class LogViewFxTest {
    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");

    @TempDir
    static Path dataDir;
    static LoggedServer server;
    static String deliveredId;

    Stage stage;
    RecordingNodeContext ctx;
    LogView view;

    @BeforeAll
    static void startServerWithTraffic() throws Exception {
        server = new LoggedServer(dataDir);
        String local = server.session("127.0.0.1", "alice@example.org", "bob@example.test", true);
        Matcher m = Pattern.compile("queued as (\\S+)").matcher(local);
        assertThat(m.find()).as(local).isTrue();
        deliveredId = m.group(1);
        server.session("127.0.0.1", "alice@example.org", "carol@remote.test", false);
        assertThat(server.session("127.0.0.2", "spammer@example.net", "victim@remote.test", false)).contains("550 5.7.1");
        server.deliveredAndRead(deliveredId);
        awaitLogged(LogQuery.all().withRemoteIp("127.0.0.2").withText("QUIT"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = new RecordingNodeContext(server.server.client(), stage);
        stage.setScene(new Scene(new StackPane(), 1260, 640));
        stage.show();
    }

    @AfterEach
    void disposeView() throws Exception {
        if (view != null) {
            fx(() -> {
                view.dispose();
                return null;
            });
        }
        ctx.close();
        assertThat(ctx.failures).isEmpty();
    }

    private void show(LogKind kind) throws Exception {
        view = fx(() -> {
            LogViewModel vm = new LogViewModel(ctx.executor(), ctx::client, ctx.dialogs(), Platform::runLater, ctx::failed,
                    Clock.systemUTC(), "SMTP", kind);
            LogView v = new LogView(vm, ctx);
            stage.getScene().setRoot((Parent) v.root());
            return v;
        });
    }

    @Test
    void activityTableHasTheArticlesColumnsAndTheServersLines(FxRobot robot) throws Exception {
        show(LogKind.ACTIVITY);
        waitFor(() -> rows().stream().anyMatch(r -> r.remoteIp().equals("127.0.0.2") && r.command().equals("QUIT")));
        TableView<LogRow> table = robot.lookup("#log-table").queryTableView();
        assertThat(fx(() -> table.getColumns().stream().map(TableColumn::getText).toList())).containsExactly(
                "Date/Time", "Type", "Message ID", "Local socket", "Remote IP", "Command", "Detail", "Response",
                "Bytes sent", "Bytes received", "Account");
        LogRow refused = fx(() -> rows().stream().filter(r -> r.command().equals("RCPT") && r.remoteIp().equals("127.0.0.2"))
                .findFirst().orElseThrow());
        assertThat(refused.type()).isEqualTo("SMTP-IN");
        assertThat(refused.detail()).isEqualTo("TO:<victim@remote.test>");
        assertThat(refused.response()).startsWith("550 5.7.1 This mail server requires authentication.");
        assertThat(fx(() -> view.viewModel().live().get())).isTrue();
        screenshot(view.root(), "logs-activity.png");
    }

    @Test
    void w3cLogShowsTheSameColumnsWithItsDirectivesRaw(FxRobot robot) throws Exception {
        show(LogKind.W3C);
        waitFor(() -> rows().stream().anyMatch(r -> r.remoteIp().equals("127.0.0.2") && r.command().equals("RCPT")));
        assertThat(rows().get(0).raw()).isTrue(); // #Software: Mailroom
        assertThat(rows()).anyMatch(r -> r.text().startsWith("#Fields: date time"));
        LogRow rcpt = rows().stream().filter(r -> r.remoteIp().equals("127.0.0.2") && r.command().equals("RCPT"))
                .findFirst().orElseThrow();
        assertThat(rcpt.response()).startsWith("550 5.7.1 This mail server requires authentication.");
        screenshot(view.root(), "logs-w3c.png");
    }

    @Test
    void followModeShowsNewLinesAndScrollingUpPausesIt(FxRobot robot) throws Exception {
        show(LogKind.ACTIVITY);
        waitFor(() -> fx(() -> view.viewModel().live().get()) && !rows().isEmpty());
        int before = rows().size();
        server.session("127.0.0.4", "someone@example.org", "bob@example.test", false);
        waitFor(() -> rows().size() >= before + 5 && last().remoteIp().equals("127.0.0.4") && last().command().equals("QUIT"));

        // Scrolling up (here with the keyboard: Monocle's robot wheel has no reliable direction) pauses.
        robot.clickOn("#log-table").type(javafx.scene.input.KeyCode.HOME);
        waitFor(() -> !fx(() -> view.viewModel().following().get()));
        int paused = rows().size();
        server.session("127.0.0.4", "someone@example.org", "bob@example.test", false);
        waitFor(() -> fx(() -> view.viewModel().pending().get()) >= 5);
        assertThat(rows()).hasSize(paused);
        assertThat(robot.lookup("#log-resume").queryButton().isVisible()).isTrue();

        robot.clickOn("#log-resume");
        waitFor(() -> rows().size() >= paused + 5);
        assertThat(fx(() -> view.viewModel().following().get())).isTrue();
        assertThat(last().command()).isEqualTo("QUIT");
    }

    @Test
    void theFilterSearchesThroughTheServerAndRefusesABadTime(FxRobot robot) throws Exception {
        show(LogKind.ACTIVITY);
        waitFor(() -> !rows().isEmpty());
        robot.clickOn("#log-filter-ip").write("127.0.0.2").type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> !fx(() -> view.viewModel().searching().get()) && !rows().isEmpty()
                && rows().stream().allMatch(r -> r.remoteIp().equals("127.0.0.2")));
        assertThat(rows()).extracting(LogRow::command).contains("CONNECT", "EHLO", "MAIL", "RCPT", "QUIT");
        assertThat(fx(() -> view.viewModel().live().get())).isFalse();

        robot.clickOn("#log-filter-ip").eraseText(9);
        fx(() -> {
            view.viewModel().filterResponseClass().set("5xx");
            return null;
        });
        robot.clickOn("#log-filter-apply");
        waitFor(() -> !fx(() -> view.viewModel().searching().get()) && !rows().isEmpty()
                && rows().stream().allMatch(r -> r.response().startsWith("5")));

        robot.clickOn("#log-filter-from").write("25:99").type(javafx.scene.input.KeyCode.ENTER);
        Label error = robot.lookup("#log-filter-error").queryAs(Label.class);
        waitFor(() -> fx(error::isVisible));
        assertThat(error.getText()).contains("14:30");
        screenshot(view.root(), "logs-filter.png");
    }

    @Test
    void traceShowsTheMessageAcrossSmtpMtaAndPopInTimeOrder(FxRobot robot) throws Exception {
        show(LogKind.ACTIVITY);
        waitFor(() -> rows().stream().anyMatch(r -> r.messageId().equals(deliveredId)));
        fx(() -> {
            view.select(view.viewModel().rows().indexOf(
                    view.viewModel().rows().stream().filter(r -> r.messageId().equals(deliveredId)).findFirst().orElseThrow()));
            return null;
        });
        robot.clickOn("#log-trace");
        waitFor(() -> robot.lookup("#trace-table").tryQuery().isPresent());
        TableView<LogRow> trace = robot.lookup("#trace-table").queryTableView();
        List<LogRow> lines = fx(() -> List.copyOf(trace.getItems()));
        assertThat(lines).allMatch(r -> r.messageId().equals(deliveredId) || r.messageId().isEmpty());
        // the session around the message: its CONNECT, EHLO and QUIT carry no id yet
        assertThat(lines).extracting(LogRow::command).contains("CONNECT", "EHLO", "MAIL", "RCPT", "DATA", "QUIT");
        assertThat(lines).extracting(r -> r.service() + " " + r.kind()).contains("SMTP Activity", "SMTP Debug", "MTA Debug",
                "POP Activity");
        assertThat(lines.get(lines.size() - 1).service()).isEqualTo("POP");
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).time()).isAfterOrEqualTo(lines.get(i - 1).time());
        }
        assertThat(lines).anyMatch(r -> r.code() == DebugCode.ME_I0101);
        screenshot(trace.getScene().getRoot(), "logs-trace.png");
        fx(() -> {
            ((Stage) trace.getScene().getWindow()).close();
            return null;
        });
    }

    @Test
    void debugLogColoursRelayDecisionsAndExplainsTheCodes(FxRobot robot) throws Exception {
        show(LogKind.DEBUG);
        waitFor(() -> rows().stream().anyMatch(r -> r.code() == DebugCode.ME_I0111));
        assertThat(rows()).anyMatch(r -> r.code() == DebugCode.ME_I0107);
        List<ListCell<?>> cells = new ArrayList<>();
        waitFor(() -> {
            cells.clear();
            robot.lookup(".list-cell").queryAllAs(ListCell.class).forEach(cells::add);
            return cells.stream().anyMatch(c -> c.getText() != null && c.getText().contains("ME-I0111"));
        });
        ListCell<?> denied = cells.stream().filter(c -> c.getText() != null && c.getText().contains("ME-I0111")).findFirst().orElseThrow();
        ListCell<?> granted = cells.stream().filter(c -> c.getText() != null && c.getText().contains("ME-I0107")).findFirst().orElseThrow();
        assertThat(denied.getStyle()).contains(RowStyles.DENIED);
        assertThat(granted.getStyle()).contains(RowStyles.GRANTED);
        Node legend = robot.lookup("#log-legend").query();
        assertThat(robot.from(legend).lookup((Label l) -> l.getText().startsWith("ME-I0111: Relay Denied")).tryQuery()).isPresent();
        assertThat(robot.from(legend).lookup((Label l) -> l.getText().startsWith("All relay settings have been disabled"))
                .tryQuery()).isPresent();
        screenshot(view.root(), "logs-debug.png");
    }

    @Test
    void rightClickDeniesTheAddressAtTheSmtpConnectorAfterConfirmation(FxRobot robot) throws Exception {
        assertThat(server.session("127.0.0.5", "x@example.net", "y@remote.test", false)).contains("550 5.7.1");
        show(LogKind.ACTIVITY);
        waitFor(() -> rows().stream().anyMatch(r -> r.remoteIp().equals("127.0.0.5") && r.command().equals("QUIT")));
        int index = fx(() -> view.viewModel().rows().indexOf(view.viewModel().rows().stream()
                .filter(r -> r.remoteIp().equals("127.0.0.5")).findFirst().orElseThrow()));
        fx(() -> {
            view.select(index);
            ((TableView<?>) robot.lookup("#log-table").query()).scrollTo(index);
            return null;
        });
        Node row = robot.lookup(".table-row-cell").match((javafx.scene.control.TableRow<LogRow> r) -> r.getItem() != null
                && r.getItem().remoteIp().equals("127.0.0.5")).query();
        robot.clickOn(row, MouseButton.PRIMARY);
        // A right-click under Monocle raises no context-menu request, so the test raises the
        // event a desktop right-click would; the menu and its items are the real ones.
        fx(() -> {
            var b = row.localToScreen(row.getBoundsInLocal());
            javafx.event.Event.fireEvent(row, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 10, b.getMinX() + 20, b.getMinY() + 10,
                    false, null));
            return null;
        });
        robot.clickOn("Deny this IP at the SMTP connector…");
        waitFor(() -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#confirm-dialog").queryAs(Parent.class)).lookup("OK").queryButton());
        waitFor(() -> robot.lookup("#info-dialog").tryQuery().isPresent());
        JsonNode access = server.server.client().getSettings("smtp-access");
        assertThat(access.get("mode").asText()).isEqualTo("DENY_LISTED");
        assertThat(access.get("patterns")).extracting(JsonNode::asText).contains("127.0.0.5");
        assertThat(server.session("127.0.0.5", "x@example.net", "y@remote.test", false)).startsWith("554");
        fx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w instanceof Stage s) {
                    s.close();
                }
            }
            return null;
        });
    }

    @Test
    void jumpToTimeShowsTheLinesFromThatTimeAndPausesFollowing(FxRobot robot) throws Exception {
        show(LogKind.ACTIVITY);
        waitFor(() -> rows().stream().anyMatch(r -> r.remoteIp().equals("127.0.0.2")));
        LogRow target = rows().stream().filter(r -> r.remoteIp().equals("127.0.0.2")).findFirst().orElseThrow();
        String at = target.time().toLocalTime().withNano(0).toString();
        robot.clickOn("#log-jump").write(at).clickOn("#log-jump-go");
        waitFor(() -> !fx(() -> view.viewModel().following().get()) && !rows().isEmpty()
                && fx(() -> view.viewModel().status().get()).startsWith("From "));
        assertThat(rows().get(0).time()).isAfterOrEqualTo(target.time().withNano(0));
        assertThat(rows()).contains(rows().stream().filter(r -> r.offset() == target.offset()).findFirst().orElseThrow());
    }

    @Test
    void exportWritesTheRowsShownWithTheColumnsOnScreen() throws Exception {
        show(LogKind.ACTIVITY);
        waitFor(() -> rows().size() >= 10);
        Path csv = dataDir.resolve("export.csv");
        int shown = fx(() -> {
            view.viewModel().exportCsv(csv);
            return view.viewModel().rows().size();
        });
        waitFor(() -> fx(() -> view.viewModel().status().get()).startsWith("Exported"));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("Date/Time,Type,Message ID,Local socket,Remote IP,Command,Detail,Response,"
                + "Bytes sent,Bytes received,Account");
        assertThat(lines).hasSize(shown + 1);
        assertThat(lines).anyMatch(l -> l.contains(",127.0.0.2,RCPT,TO:<victim@remote.test>,550 5.7.1"));
    }

    // ---- helpers ----------------------------------------------------------------------

    private List<LogRow> rows() throws Exception {
        return fx(() -> List.copyOf(view.viewModel().rows()));
    }

    private LogRow last() throws Exception {
        List<LogRow> r = rows();
        return r.get(r.size() - 1);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private static void awaitLogged(LogQuery q) throws Exception {
        LogsClient logs = new LogsClient(server.server.client());
        LocalDate today = LocalDate.now(Clock.systemUTC());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> logs.search(q, "SMTP", LogKind.ACTIVITY, today, 10, b -> { }).count() > 0);
    }

    private static void screenshot(Node node, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        var image = fx(() -> node.snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(name).toFile());
    }

}
