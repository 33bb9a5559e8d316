package dev.mailroom.app.common;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts owned by the console's main window. */
public final class FxDialogService implements DialogService {
    /** Ids the tests look the alerts up by. */
    public static final String CONFIRM_ID = "confirm-dialog";
    public static final String ERROR_ID = "error-dialog";
    public static final String INFO_ID = "info-dialog";
    public static final String SECRET_ID = "secret-dialog";

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, title, ERROR_ID);
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.show();
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, INFO_ID);
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.show();
    }

    @Override
    public boolean confirm(String title, String question, String details) {
        ButtonType yes = new ButtonType(title.startsWith("Delete") ? "Delete" : "OK", ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, CONFIRM_ID);
        alert.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        alert.setHeaderText(question);
        alert.setContentText(details);
        // A destructive action must not be the default: Enter cancels, the user clicks or tabs to Delete.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public void showSecret(String title, String message, String secret) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, SECRET_ID);
        alert.setHeaderText(title);
        TextField value = new TextField(secret);
        value.setEditable(false);
        value.setId("secret-value");
        VBox box = new VBox(8, new Label(message), value);
        alert.getDialogPane().setContent(box);
        alert.show();
        value.selectAll();
    }

    private Alert alert(Alert.AlertType type, String title, String id) {
        Alert alert = new Alert(type);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.setTitle(title);
        alert.getDialogPane().setId(id);
        alert.setResizable(true);
        // The alert must have the keyboard (Enter, Escape), even where a new window is not focused by itself.
        alert.setOnShown(e -> alert.getDialogPane().getScene().getWindow().requestFocus());
        return alert;
    }
}
