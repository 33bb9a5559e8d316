package dev.mailroom.app.common;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One text input of a view model with its validation: the rule is checked as the user types, and
 * a refusal from the server for this field (a 4xx naming it) is shown until the text changes.
 *
 * <p>{@link #errorProperty()} is the reason, or null when the value is acceptable.
 * {@link #shownErrorProperty()} is what the view puts beside the field: the same reason, but only
 * once the user has edited the field or tried to save, so an empty form does not open in red.
 */
public final class ValidatedField {
    private final String name;
    private final Function<String, String> rule;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper shownError = new ReadOnlyStringWrapper(this, "shownError");
    private final ReadOnlyBooleanWrapper touched = new ReadOnlyBooleanWrapper(this, "touched");
    private String serverError;

    /**
     * @param name the field's name as the server's error shape names it ({@code "name"}, {@code "quotaKb"})
     * @param rule returns the reason a value is refused, or null when it is accepted
     */
    public ValidatedField(String name, String initial, Function<String, String> rule) {
        this.name = Objects.requireNonNull(name);
        this.rule = Objects.requireNonNull(rule);
        text.set(initial == null ? "" : initial);
        text.addListener((obs, old, now) -> {
            serverError = null;
            touched.set(true);
            revalidate();
        });
        touched.addListener((obs, old, now) -> revalidate());
        revalidate();
    }

    public String name() {
        return name;
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value == null ? "" : value);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    public ReadOnlyStringProperty shownErrorProperty() {
        return shownError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty touchedProperty() {
        return touched.getReadOnlyProperty();
    }

    public boolean isValid() {
        return error.get() == null;
    }

    /** Makes the reason visible even if the user never typed here (called when saving). */
    public void touch() {
        touched.set(true);
    }

    /** The server refused this field's value; shown until the user edits it. */
    public void setServerError(String message) {
        serverError = message;
        touched.set(true);
        revalidate();
    }

    /** Checks the rule again; for rules that read another field (a confirmation). */
    public void revalidate() {
        String reason = rule.apply(text.get());
        if (reason == null) {
            reason = serverError;
        }
        error.set(reason);
        shownError.set(touched.get() ? reason : null);
    }
}
