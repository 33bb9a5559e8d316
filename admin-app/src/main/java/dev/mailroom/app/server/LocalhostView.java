package dev.mailroom.app.server;

import dev.mailroom.app.tree.NodeView;
import dev.mailroom.core.api.StatusDto;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Right pane of localhost: version, uptime and the services table, refreshed every 10 s while shown. */
public final class LocalhostView implements NodeView {
    private final VBox root = new VBox(10);
    private final LocalhostViewModel model;
    private final Timeline timer;

    public LocalhostView(LocalhostViewModel model) {
        this.model = model;
        Label heading = new Label("localhost");
        heading.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        Label version = new Label();
        version.setId("status-version");
        version.textProperty().bind(model.versionProperty());
        Label uptime = new Label();
        uptime.setId("status-uptime");
        uptime.textProperty().bind(model.uptimeProperty());
        facts.addRow(0, new Label("Version:"), version);
        facts.addRow(1, new Label("Uptime:"), uptime);
        Label summary = new Label();
        summary.setId("status-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        TableView<LocalhostViewModel.ServiceListener> table = new TableView<>(model.listeners());
        table.setId("services-table");
        table.getColumns().add(column("Service", 80, l -> l.service()));
        table.getColumns().add(column("Listener", 90, l -> l.listener().label()));
        table.getColumns().add(column("Address", 110, l -> l.listener().address()));
        table.getColumns().add(column("Port", 60, l -> String.valueOf(l.listener().port())));
        TableColumn<LocalhostViewModel.ServiceListener, String> state = column("State", 80, l -> l.listener().state());
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setStyle(empty ? "" : StateStyle.of(s));
            }
        });
        table.getColumns().add(state);
        table.getColumns().add(column("Reason", 240, l -> l.listener().reason()));
        table.getColumns().add(column("Setting to change", 170, l -> l.listener().setting()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("The server reports no network services."));

        root.getChildren().addAll(heading, facts, summary, new Label("Services and ports:"), table);
        root.setPadding(new Insets(8));
        timer = new Timeline(new KeyFrame(Duration.seconds(10), e -> model.refresh()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
        model.refresh();
    }

    private static TableColumn<LocalhostViewModel.ServiceListener, String> column(
            String title, double width, Function<LocalhostViewModel.ServiceListener, String> value) {
        TableColumn<LocalhostViewModel.ServiceListener, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public void dispose() {
        timer.stop();
    }

    static String describe(StatusDto.ListenerStatus l) {
        return ServiceStatusViewModel.describe(l);
    }
}
