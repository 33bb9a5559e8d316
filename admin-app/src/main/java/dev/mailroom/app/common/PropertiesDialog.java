package dev.mailroom.app.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * The tabbed property dialog every node uses: tabs added by the feature's view, OK / Cancel /
 * Apply, Enter for OK and Escape for Cancel, a busy indicator while the server works.
 *
 * <p>OK and Apply call {@link DialogViewModel#save}; when validation refuses the input nothing is
 * sent, the dialog stays open, the tab holding the first refused field is selected and the field
 * focused. OK closes the dialog only after the server accepted the change; a refusal from the
 * server appears beside the field it names or, when it names none, at the bottom of the dialog.
 *
 * <pre>{@code
 * PropertiesDialog d = new PropertiesDialog("Mailbox ALICE", vm);
 * d.addTab("General", new FormGrid(d.decorations()).add("_Quota (KB):", quota, vm.quota()).node());
 * d.onSaved(ctx::refreshSelection).show(ctx.window());
 * }</pre>
 */
public class PropertiesDialog {
    public static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.APPLY);
    public static final String ID = "properties-dialog";

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final DialogViewModel model;
    private final FieldDecorations decorations = new FieldDecorations();
    private final TabPane tabs = new TabPane();
    private final List<Tab> tabList = new ArrayList<>();
    private final BorderPane body = new BorderPane();
    private Runnable onSaved = () -> { };

    public PropertiesDialog(String title, DialogViewModel model) {
        this(title, model, true);
    }

    /**
     * @param withApply false for a "New …" dialog, which has nothing to apply before it exists
     */
    public PropertiesDialog(String title, DialogViewModel model, boolean withApply) {
        this.model = model;
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setId(ID);
        if (withApply) {
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL, APPLY);
        } else {
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("dialog-busy");
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());
        Label failure = new Label();
        failure.setId("dialog-failure");
        failure.setWrapText(true);
        failure.setStyle("-fx-text-fill: #b00020;");
        failure.textProperty().bind(model.failureProperty());
        HBox status = new HBox(8, progress, failure);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(6, 12, 0, 12));
        status.setMinHeight(28);
        body.setBottom(status);
        dialog.getDialogPane().setContent(body);

        Button ok = button(ButtonType.OK);
        ok.setId("dialog-ok");
        ok.setDefaultButton(true);
        ok.disableProperty().bind(model.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (!model.save(this::closeSaved)) {
                revealFirstInvalid();
            }
        });
        Button cancel = button(ButtonType.CANCEL);
        cancel.setId("dialog-cancel");
        cancel.setCancelButton(true);
        if (withApply) {
            Button apply = button(APPLY);
            apply.setId("dialog-apply");
            apply.disableProperty().bind(model.busyProperty());
            apply.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                if (!model.save(() -> onSaved.run())) {
                    revealFirstInvalid();
                }
            });
        }
    }

    public FieldDecorations decorations() {
        return decorations;
    }

    /** Adds a tab. With a single tab the dialog shows its content without a tab header. */
    public PropertiesDialog addTab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        tabList.add(tab);
        if (tabList.size() == 1) {
            body.setCenter(content);
        } else {
            if (tabList.size() == 2) {
                tabList.get(0).setContent(body.getCenter());
            }
            tabs.getTabs().setAll(tabList);
            body.setCenter(tabs);
        }
        return this;
    }

    public PropertiesDialog header(String text) {
        dialog.setHeaderText(text);
        return this;
    }

    /** Runs after every successful save (OK or Apply), on the FX thread. */
    public PropertiesDialog onSaved(Runnable action) {
        this.onSaved = action;
        return this;
    }

    public void selectTab(String title) {
        tabList.stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Shows the dialog without blocking the caller. */
    public void show(Window owner) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        dialog.setOnShown(e -> focusFirstField());
        dialog.show();
        decorations.support().initInitialDecoration();
    }

    /**
     * Gives the dialog the keyboard and puts the caret in its first editable field. A desktop does
     * the first itself; JavaFX 20+ no longer does on some platforms (JDK-8304734), and typing must
     * never land in the window behind.
     */
    private void focusFirstField() {
        dialog.getDialogPane().getScene().getWindow().requestFocus();
        Node content = tabList.isEmpty() ? null : tabs.getTabs().isEmpty() ? body.getCenter()
                : tabs.getSelectionModel().getSelectedItem().getContent();
        if (content == null) {
            return;
        }
        content.lookupAll(".text-input").stream()
                .filter(n -> n instanceof javafx.scene.control.TextInputControl t && t.isEditable() && t.isFocusTraversable())
                .findFirst()
                .ifPresent(Node::requestFocus);
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    private Button button(ButtonType type) {
        return (Button) dialog.getDialogPane().lookupButton(type);
    }

    private void closeSaved() {
        onSaved.run();
        dialog.setResult(ButtonType.OK);
        dialog.close();
    }

    private void revealFirstInvalid() {
        Optional<Control> control = model.form().firstInvalid().flatMap(decorations::controlOf);
        control.ifPresent(c -> {
            for (Tab tab : tabList) {
                if (isInside(c, tab.getContent())) {
                    tabs.getSelectionModel().select(tab);
                }
            }
            c.requestFocus();
        });
    }

    private static boolean isInside(Node node, Node container) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p == container) {
                return true;
            }
        }
        return node == container;
    }
}
