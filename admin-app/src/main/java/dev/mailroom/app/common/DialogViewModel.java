package dev.mailroom.app.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Base of every dialog's view model: a {@link Form}, a busy flag while the server works, and one
 * save command shared by OK and Apply. It holds no controls, so a test drives it without a window.
 *
 * <p>Saving: every field is validated first and nothing is sent when one is refused; the
 * subclass then captures the values on the calling thread ({@link #prepareSave()}) and the
 * returned work runs on the {@link TaskExecutor}. A refusal naming a field goes beside that field,
 * anything else to {@link #failureProperty()}.
 */
public abstract class DialogViewModel {
    protected final TaskExecutor executor;
    protected final Form form = new Form();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved");

    protected DialogViewModel(TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    public Form form() {
        return form;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** The reason the last save failed when it names no field of this form; null otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** True once a save has succeeded (what the dialog's caller looks at to refresh its list). */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /**
     * Validates and, when every field is accepted, sends the change.
     *
     * @param onSaved runs (on the FX thread) after the server accepted the change
     * @return false when validation refused the input and nothing was sent
     */
    public final boolean save(Runnable onSaved) {
        if (busy.get()) {
            return false;
        }
        failure.set(null);
        if (!form.validateAll() || !extraValid()) {
            return false;
        }
        Callable<?> work;
        try {
            work = prepareSave();
        } catch (RuntimeException e) {
            if (!form.showFailure(e)) {
                failure.set(ServerErrors.message(e));
            }
            return false;
        }
        busy.set(true);
        executor.execute(work, result -> {
            busy.set(false);
            saved.set(true);
            afterSave(result);
            onSaved.run();
        }, error -> {
            busy.set(false);
            if (!form.showFailure(error)) {
                failure.set(ServerErrors.message(error));
            }
        });
        return true;
    }

    /** Checks that are not one field's (e.g. "two passwords match"); report through the form. */
    protected boolean extraValid() {
        return true;
    }

    /**
     * Reads the current values (on the FX thread) and returns the server call that stores them.
     * May throw {@link dev.mailroom.core.model.InvalidValueException} naming a field.
     */
    protected abstract Callable<?> prepareSave();

    /** Runs on the FX thread after a successful save, e.g. to forget a typed password. */
    protected void afterSave(Object result) {
    }
}
