package dev.mailroom.app.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The right pane of a list: a title, a filter box sent to the server as you type, the count, and
 * a virtualised table over a {@link PagedListViewModel}. Rows whose page has not arrived are empty
 * until it does.
 */
public final class PagedTable<T> {
    private final BorderPane root = new BorderPane();
    private final TableView<T> table;
    private final TextField filter = new TextField();
    private String emptyText = "Nothing here yet.";

    public PagedTable(String title, String idPrefix, PagedListViewModel<T> model) {
        table = new TableView<>();
        table.itemsProperty().bind(model.itemsProperty());
        table.setId(idPrefix + "-table");
        table.setPlaceholder(new Label("Nothing here yet."));
        // With a filter typed, an empty list means "no match", not "nothing here".
        model.filterProperty().addListener((o, a, b) -> table.setPlaceholder(new Label(
                b == null || b.isBlank() ? emptyText : "Nothing matches \"" + b.strip() + "\".")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label heading = new Label(title);
        heading.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        filter.setId(idPrefix + "-filter");
        filter.setPromptText("Filter");
        filter.setPrefColumnCount(18);
        filter.textProperty().bindBidirectional(model.filterProperty());
        Label count = new Label();
        count.setId(idPrefix + "-count");
        count.textProperty().bind(model.totalProperty().asString("%,d"));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.loadingProperty());
        Label failure = new Label();
        failure.setStyle("-fx-text-fill: #b00020;");
        failure.textProperty().bind(model.failureProperty());
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading, spacer, failure, busy, new Label("Filter:"), filter, count);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(4, 4, 8, 4));
        root.setTop(top);
        root.setCenter(table);
    }

    /** Adds a column; rows not yet loaded show nothing. */
    public <V> TableColumn<T, V> column(String title, double width, Function<T, V> value) {
        TableColumn<T, V> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue() == null ? null : value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        table.getColumns().add(c);
        return c;
    }

    /** What an empty list says, e.g. how to create the first item. */
    public PagedTable<T> emptyText(String text) {
        emptyText = text;
        table.setPlaceholder(new Label(text));
        return this;
    }

    public TableView<T> table() {
        return table;
    }

    public TextField filter() {
        return filter;
    }

    public BorderPane root() {
        return root;
    }
}
