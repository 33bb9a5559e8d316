package dev.mailroom.app.logs;

import dev.mailroom.app.tree.NodeAction;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;
import dev.mailroom.core.logs.LogKind;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * One log on screen: activity and W3C logs as a table with article 32's columns, the debug log
 * as coloured text with the relay-code legend. Toolbar: day, follow, load earlier, jump to time,
 * trace, export; filter bar: text or regex, IP, message id, response class, time range.
 * Scrolling up pauses following; scrolling to the end or pressing Follow resumes it.
 */
public final class LogView implements NodeView {
    private final LogViewModel vm;
    private final NodeContext ctx;
    private final BorderPane root = new BorderPane();
    private final Control lines;
    private final TableView<LogRow> table;
    private final ListView<LogRow> list;
    private boolean programmaticScroll;

    public LogView(LogViewModel vm, NodeContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
        root.setId("log-view-" + vm.service() + "-" + vm.kind().label());
        if (vm.kind() == LogKind.DEBUG) {
            table = null;
            list = debugList();
            lines = list;
        } else {
            list = null;
            table = activityTable();
            lines = table;
        }
        lines.setContextMenu(contextMenu());
        watchScrolling(lines);
        root.setTop(new VBox(toolbar(), filterBar(), filterError()));
        root.setCenter(lines);
        if (vm.kind() == LogKind.DEBUG) {
            Node legend = RelayLegend.create();
            BorderPane.setMargin(legend, new Insets(0, 0, 0, 6));
            root.setRight(legend);
        }
        root.setBottom(statusBar());
        vm.reveal().addListener((o, was, row) -> reveal(row));
        vm.setOnLinesWindow((title, rows) -> LinesWindow.show(ctx.window(), title, rows));
        vm.load();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        vm.load();
    }

    @Override
    public void dispose() {
        vm.dispose();
    }

    @Override
    public List<NodeAction> selectionActions() {
        LogRow row = selected();
        if (row == null) {
            return List.of();
        }
        return List.of(NodeAction.other("trace-message", "Trace message", null, () -> vm.trace(row)));
    }

    public LogViewModel viewModel() {
        return vm;
    }

    // ---- building ---------------------------------------------------------------------

    private TableView<LogRow> activityTable() {
        TableView<LogRow> t = new TableView<>(vm.rows());
        t.setId("log-table");
        for (ActivityColumns.Column c : ActivityColumns.ALL) {
            TableColumn<LogRow, String> col = new TableColumn<>(c.title());
            col.setId(c.id());
            col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(c.value().apply(cell.getValue())));
            col.setPrefWidth(c.width());
            col.setSortable(false); // file order is time order; sorting would fight follow mode
            t.getColumns().add(col);
        }
        t.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(LogRow item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(empty ? "" : RowStyles.of(item));
            }
        });
        t.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        t.setPlaceholder(new Label("No lines"));
        return t;
    }

    private ListView<LogRow> debugList() {
        ListView<LogRow> l = new ListView<>(vm.rows());
        l.setId("log-list");
        l.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(LogRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setStyle("");
                    return;
                }
                setText(item.raw() ? item.text()
                        : item.timeText() + "   " + (item.messageId().isEmpty() ? "-" : item.messageId()) + "   " + item.debugText());
                setStyle(RowStyles.of(item) + " -fx-font-family: monospace;");
            }
        });
        l.setPlaceholder(new Label("No lines"));
        return l;
    }

    private Node toolbar() {
        Label title = new Label(vm.service() + " " + vm.kind().label() + " log");
        title.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");

        ComboBox<LocalDate> dayPicker = new ComboBox<>(vm.days());
        dayPicker.setId("log-day");
        dayPicker.setTooltip(new Tooltip("Day of the log file (" + vm.service() + "-" + vm.kind().label() + "-YYMMDD.log)"));
        vm.day().addListener((o, was, d) -> dayPicker.setValue(d));
        dayPicker.setOnAction(e -> {
            LocalDate d = dayPicker.getValue();
            if (d != null && !d.equals(vm.day().get())) {
                vm.open(d);
            }
        });

        ToggleButton follow = new ToggleButton("Follow");
        follow.setId("log-follow");
        follow.selectedProperty().bindBidirectional(vm.following());
        follow.disableProperty().bind(vm.live().not());
        follow.setTooltip(new Tooltip("Show new lines at the bottom as they are written (scrolling up pauses)"));

        Button earlier = new Button("Load earlier");
        earlier.setId("log-earlier");
        earlier.setOnAction(e -> vm.loadEarlier());
        earlier.disableProperty().bind(vm.searching());

        TextField jump = new TextField();
        jump.setId("log-jump");
        jump.setPromptText("HH:mm");
        jump.setPrefColumnCount(6);
        jump.textProperty().bindBidirectional(vm.jumpTime());
        jump.setOnAction(e -> vm.jumpToTime());
        Button go = new Button("Jump to time");
        go.setId("log-jump-go");
        go.setOnAction(e -> vm.jumpToTime());

        Button trace = new Button("Trace message");
        trace.setId("log-trace");
        trace.setOnAction(e -> vm.trace(selected()));

        Button export = new Button("Export CSV…");
        export.setId("log-export");
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the rows shown");
            chooser.setInitialFileName(vm.service() + "-" + vm.kind().label() + "-" + vm.day().get() + ".csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File f = chooser.showSaveDialog(ctx.window());
            if (f != null) {
                vm.exportCsv(f.toPath());
            }
        });

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, title, grow, new Label("Day:"), dayPicker, follow, earlier, jump, go, trace, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        return bar;
    }

    private Node filterBar() {
        TextField text = field("log-filter", "Text or regular expression", 18, vm.filterText());
        CheckBox regex = new CheckBox("Regex");
        regex.setId("log-filter-regex");
        regex.selectedProperty().bindBidirectional(vm.filterRegex());
        TextField ip = field("log-filter-ip", "Remote IP", 10, vm.filterIp());
        TextField id = field("log-filter-id", "Message ID", 12, vm.filterMessageId());
        ComboBox<String> responseClass = new ComboBox<>();
        responseClass.setId("log-filter-class");
        responseClass.getItems().setAll(LogFilter.ANY, "2xx", "3xx", "4xx", "5xx");
        responseClass.valueProperty().bindBidirectional(vm.filterResponseClass());
        responseClass.setTooltip(new Tooltip("Response code class (POP3 +OK counts as 2xx, -ERR as 5xx)"));
        TextField from = field("log-filter-from", "From HH:mm", 6, vm.filterFrom());
        TextField to = field("log-filter-to", "To HH:mm", 6, vm.filterTo());
        Button apply = new Button("Search");
        apply.setId("log-filter-apply");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> vm.applyFilter());
        Button clear = new Button("Clear");
        clear.setId("log-filter-clear");
        clear.setOnAction(e -> vm.clearFilter());
        for (TextField f : List.of(text, ip, id, from, to)) {
            f.setOnAction(e -> vm.applyFilter());
        }
        // The refused input is outlined; its reason shows in the line under the bar.
        markWhenRefused(text, "regex");
        markWhenRefused(from, "from");
        markWhenRefused(to, "to");
        FlowPane bar = new FlowPane(6, 4, new Label("Filter:"), text, regex, new Label("IP:"), ip, new Label("Message ID:"), id,
                new Label("Response:"), responseClass, new Label("Time:"), from, new Label("–"), to, apply, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 6, 4, 6));
        return bar;
    }

    private void markWhenRefused(TextField f, String field) {
        vm.filterErrorField().addListener((o, was, now) ->
                f.setStyle(field.equals(now) ? "-fx-border-color: #a61b1b; -fx-border-width: 1.5;" : ""));
    }

    private TextField field(String id, String prompt, int columns, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private Node filterError() {
        Label error = new Label();
        error.setId("log-filter-error");
        error.setStyle("-fx-text-fill: #a61b1b;");
        error.textProperty().bind(vm.filterError());
        error.managedProperty().bind(vm.filterError().isNotEmpty());
        error.visibleProperty().bind(vm.filterError().isNotEmpty());
        error.setPadding(new Insets(0, 6, 4, 6));
        return error;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("log-status");
        status.textProperty().bind(vm.status());
        Button resume = new Button();
        resume.setId("log-resume");
        resume.textProperty().bind(vm.pending().asString().concat(" new lines — follow"));
        resume.visibleProperty().bind(vm.pending().greaterThan(0));
        resume.managedProperty().bind(resume.visibleProperty());
        resume.setOnAction(e -> vm.following().set(true));
        HBox bar = new HBox(10, status, resume);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        return bar;
    }

    private ContextMenu contextMenu() {
        MenuItem trace = new MenuItem("Trace message");
        trace.setId("ctx-trace");
        trace.setOnAction(e -> vm.trace(selected()));
        MenuItem copyIp = new MenuItem("Copy remote IP");
        copyIp.setId("ctx-copy-ip");
        copyIp.setOnAction(e -> copy(address()));
        MenuItem deny = new MenuItem("Deny this IP at the SMTP connector…");
        deny.setId("ctx-deny-ip");
        deny.setOnAction(e -> vm.denyAtSmtp(address()));
        MenuItem search = new MenuItem("Search all logs for this IP");
        search.setId("ctx-search-ip");
        search.setOnAction(e -> vm.searchAllFrom(address()));
        MenuItem copyLine = new MenuItem("Copy line");
        copyLine.setId("ctx-copy-line");
        copyLine.setOnAction(e -> {
            LogRow r = selected();
            if (r != null) {
                copy(r.text());
            }
        });
        ContextMenu menu = new ContextMenu(trace, new SeparatorMenuItem(), copyIp, deny, search, new SeparatorMenuItem(), copyLine);
        menu.setOnShowing(e -> {
            LogRow r = selected();
            String ip = address();
            trace.setDisable(r == null || r.messageId().isEmpty());
            copyIp.setDisable(ip.isEmpty());
            deny.setDisable(ip.isEmpty());
            search.setDisable(ip.isEmpty());
            copyIp.setText(ip.isEmpty() ? "Copy remote IP" : "Copy " + ip);
            copyLine.setDisable(r == null);
        });
        return menu;
    }

    // ---- behaviour --------------------------------------------------------------------

    /** The selected row, if any. */
    public LogRow selected() {
        return table != null ? table.getSelectionModel().getSelectedItem() : list.getSelectionModel().getSelectedItem();
    }

    /** Selects the row at {@code index} (tests and keyboard users). */
    public void select(int index) {
        if (table != null) {
            table.getSelectionModel().clearAndSelect(index);
        } else {
            list.getSelectionModel().clearAndSelect(index);
        }
    }

    private String address() {
        LogRow r = selected();
        return r == null ? "" : r.addressMentioned();
    }

    private static void copy(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    private void reveal(LogRow row) {
        if (row == null) {
            return;
        }
        programmaticScroll = true;
        try {
            int i = vm.rows().indexOf(row);
            if (i < 0) {
                return;
            }
            if (table != null) {
                table.scrollTo(i);
            } else {
                list.scrollTo(i);
            }
        } finally {
            programmaticScroll = false;
        }
    }

    /**
     * Scrolling up (wheel, keys, dragging the scroll bar) pauses following; scrolling down to the
     * last row resumes it.
     */
    private void watchScrolling(Control c) {
        c.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                pause();
            } else if (e.getDeltaY() < 0 && atBottom(c)) {
                vm.following().set(true);
            }
        });
        c.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.HOME) {
                pause();
            } else if (e.getCode() == KeyCode.END) {
                vm.following().set(true);
            }
        });
        c.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() instanceof Node n && insideVerticalScrollBar(n)) {
                pause();
            }
        });
    }

    private void pause() {
        if (!programmaticScroll && vm.live().get()) {
            vm.following().set(false);
        }
    }

    private static boolean insideVerticalScrollBar(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof ScrollBar sb) {
                return sb.getOrientation() == Orientation.VERTICAL;
            }
        }
        return false;
    }

    private static boolean atBottom(Control c) {
        for (Node n : c.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar sb && sb.getOrientation() == Orientation.VERTICAL && sb.isVisible()) {
                return sb.getValue() >= sb.getMax() - 1e-6;
            }
        }
        return true;
    }

    /** For tests and screenshots. */
    Supplier<Control> linesControl() {
        return () -> lines;
    }
}
