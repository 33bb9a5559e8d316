package dev.mailroom.app.server;

import dev.mailroom.core.api.StatusDto;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A table of listeners: label, address, port, state (STOPPED in red), reason, setting to change. */
public final class ListenerTable {
    private ListenerTable() {
    }

    public static TableView<StatusDto.ListenerStatus> create(ObservableList<StatusDto.ListenerStatus> items) {
        TableView<StatusDto.ListenerStatus> table = new TableView<>(items);
        table.setId("listener-table");
        table.getColumns().add(column("Listener", 110, StatusDto.ListenerStatus::label));
        table.getColumns().add(column("Address", 110, StatusDto.ListenerStatus::address));
        table.getColumns().add(column("Port", 60, l -> String.valueOf(l.port())));
        TableColumn<StatusDto.ListenerStatus, String> state = column("State", 80, StatusDto.ListenerStatus::state);
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setStyle(empty ? "" : StateStyle.of(s));
            }
        });
        table.getColumns().add(state);
        table.getColumns().add(column("Reason", 260, StatusDto.ListenerStatus::reason));
        table.getColumns().add(column("Setting to change", 180, StatusDto.ListenerStatus::setting));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static TableColumn<StatusDto.ListenerStatus, String> column(String title, double width,
                                                                      Function<StatusDto.ListenerStatus, String> value) {
        TableColumn<StatusDto.ListenerStatus, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
