package dev.mailroom.app.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Connects {@link ValidatedField}s to their controls in a view: the ControlsFX decoration on the
 * control, and the reason as text in a label beside it (decorations alone are only a red mark).
 * The rule lives in the view model; this class only shows its verdict.
 */
public final class FieldDecorations {
    private final ValidationSupport support = new ValidationSupport();
    private final Map<ValidatedField, Control> controls = new LinkedHashMap<>();

    /**
     * Shows {@code field}'s reason on {@code control} and in {@code reason}.
     *
     * @return the reason label, for the view to place beside the control
     */
    public Label bind(ValidatedField field, Control control, Label reason) {
        controls.put(field, control);
        reason.getStyleClass().add("field-error");
        reason.setId(control.getId() == null ? null : control.getId() + "-error");
        reason.textProperty().bind(field.shownErrorProperty());
        reason.visibleProperty().bind(field.shownErrorProperty().isNotNull());
        reason.managedProperty().bind(reason.visibleProperty());
        reason.setWrapText(true);
        reason.setStyle("-fx-text-fill: #b00020;");
        support.registerValidator(control, false, (Control c, Object value) -> {
            String shown = field.shownErrorProperty().get();
            return shown == null ? new ValidationResult()
                    : ValidationResult.fromMessageIf(c, shown, Severity.ERROR, true);
        });
        // The verdict can change without the control changing (a server refusal, a save attempt).
        field.shownErrorProperty().addListener((obs, old, now) -> support.revalidate(control));
        return reason;
    }

    public Label bind(ValidatedField field, Control control) {
        return bind(field, control, new Label());
    }

    public Optional<Control> controlOf(ValidatedField field) {
        return Optional.ofNullable(controls.get(field));
    }

    public ValidationSupport support() {
        return support;
    }
}
