package dev.mailroom.app.logs;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.util.function.Function;

/**
 * A window of lines from several logs in time order: a message's trace (article 32: "trace
 * messages as they go through the connectors and the MTA") or every line from one address.
 */
final class LinesWindow {
    static final String TABLE_ID = "trace-table";

    private LinesWindow() {
    }

    static Stage show(Window owner, String title, List<LogRow> rows) {
        TableView<LogRow> table = new TableView<>();
        table.setId(TABLE_ID);
        table.getColumns().add(column("Date/Time", LogRow::timeText, 185));
        table.getColumns().add(column("Service", LogRow::service, 70));
        table.getColumns().add(column("Log", LogRow::kind, 70));
        table.getColumns().add(column("Message ID", LogRow::messageId, 170));
        table.getColumns().add(column("Remote IP", LogRow::remoteIp, 110));
        table.getColumns().add(column("Line", LogRow::summary, 520));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LogRow item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(empty ? "" : RowStyles.of(item));
            }
        });
        table.getItems().setAll(rows);
        Label header = new Label(title + " — " + rows.size() + (rows.size() == 1 ? " line" : " lines"));
        header.setId("trace-title");
        header.setStyle("-fx-font-weight: bold;");
        header.setPadding(new Insets(6));
        BorderPane root = new BorderPane(table, header, null, null, null);
        Stage stage = new Stage();
        stage.setTitle(title);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(new Scene(root, 1100, 420));
        stage.show();
        return stage;
    }

    private static TableColumn<LogRow, String> column(String title, Function<LogRow, String> value, double width) {
        TableColumn<LogRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
