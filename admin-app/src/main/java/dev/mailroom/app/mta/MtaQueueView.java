package dev.mailroom.app.mta;

import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;
import dev.mailroom.core.mta.MtaQueueDto;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Queue pane: a filter bar (domain, sender), live counts, and one row per queued message
 * with a right-click menu: Retry now, Delete, Bounce. Refreshed every 2 seconds while shown.
 */
final class MtaQueueView implements NodeView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private final MtaQueueViewModel vm;
    private final NodeContext ctx;
    private final BorderPane root = new BorderPane();
    private final TableView<MtaQueueDto.Item> table = new TableView<>();
    private final Timeline timer;
    private String selectedId;

    MtaQueueView(MtaQueueViewModel vm, NodeContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
        TextField domain = new TextField();
        domain.setId("mta-filter-domain");
        domain.setPromptText("Recipient domain");
        domain.textProperty().bindBidirectional(vm.domainFilter());
        TextField sender = new TextField();
        sender.setId("mta-filter-sender");
        sender.setPromptText("Sender contains");
        sender.textProperty().bindBidirectional(vm.senderFilter());
        Button apply = new Button("_Filter");
        apply.setId("mta-filter-apply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> vm.refresh());
        domain.setOnAction(e -> vm.refresh());
        sender.setOnAction(e -> vm.refresh());
        Label counts = new Label();
        counts.setId("mta-queue-counts");
        counts.textProperty().bind(vm.counts());
        Label error = new Label();
        error.setId("mta-queue-error");
        error.setStyle("-fx-text-fill: #b00020;");
        error.textProperty().bind(vm.error());
        HBox bar = new HBox(8, new Label("Domain:"), domain, new Label("Sender:"), sender, apply, counts);
        bar.setPadding(new Insets(6));
        HBox.setHgrow(counts, Priority.ALWAYS);

        table.setId("mta-queue-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("The outbound queue is empty"));
        table.getColumns().add(column("Sender", 170, i -> i.sender().isEmpty() ? "<>" : i.sender()));
        table.getColumns().add(column("Recipients", 210, i -> MtaQueueViewModel.recipients(i.recipients())));
        table.getColumns().add(column("Size", 70, i -> (i.size() + 1023) / 1024 + " KB"));
        table.getColumns().add(column("Age", 80, i -> MtaQueueViewModel.duration(i.ageSeconds())));
        table.getColumns().add(column("Attempts", 70, i -> Integer.toString(i.attempts())));
        table.getColumns().add(column("Last error", 280, MtaQueueDto.Item::lastError));
        table.getColumns().add(column("Next try", 140, i -> i.active() ? "delivering now" : format(i.nextTry())));
        // On the table, acting on the selected row (a right-click selects the row first), so
        // the same menu serves the keyboard's context-menu key.
        table.setContextMenu(menu());
        // The live refresh replaces the rows; the selected message stays selected while queued.
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                selectedId = now.id();
            }
        });
        vm.rows().addListener((javafx.collections.ListChangeListener<MtaQueueDto.Item>) c -> {
            if (selectedId == null) {
                return;
            }
            for (int i = 0; i < vm.rows().size(); i++) {
                if (vm.rows().get(i).id().equals(selectedId)) {
                    table.getSelectionModel().select(i);
                    return;
                }
            }
            selectedId = null;
        });
        root.setTop(new VBox(bar, error));
        root.setCenter(table);
        timer = new Timeline(new KeyFrame(Duration.seconds(2), e -> vm.refresh()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
        vm.refresh();
    }

    private ContextMenu menu() {
        MenuItem retry = new MenuItem("Retry now");
        retry.setId("mta-retry");
        retry.setOnAction(e -> selected(vm::retryNow));
        MenuItem delete = new MenuItem("Delete…");
        delete.setId("mta-delete");
        delete.setOnAction(e -> selected(id -> {
            if (ctx.dialogs().confirm("Delete message", "Delete message " + id + " from the queue?",
                    "The sender is not told. Use Bounce to return it to the sender instead.")) {
                vm.delete(id);
            }
        }));
        MenuItem bounce = new MenuItem("Bounce");
        bounce.setId("mta-bounce");
        bounce.setOnAction(e -> selected(vm::bounce));
        ContextMenu menu = new ContextMenu(retry, delete, bounce);
        // Nothing to act on without a selected message.
        menu.setOnShowing(e -> menu.getItems().forEach(i -> i.setDisable(table.getSelectionModel().getSelectedItem() == null)));
        return menu;
    }

    private void selected(java.util.function.Consumer<String> action) {
        MtaQueueDto.Item item = table.getSelectionModel().getSelectedItem();
        if (item != null) {
            action.accept(item.id());
        }
    }

    private static TableColumn<MtaQueueDto.Item, String> column(String title, double width,
                                                                 Function<MtaQueueDto.Item, String> value) {
        TableColumn<MtaQueueDto.Item, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static String format(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    TableView<MtaQueueDto.Item> table() {
        return table;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        vm.refresh();
    }

    @Override
    public void dispose() {
        timer.stop();
    }
}
