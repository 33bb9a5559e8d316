package dev.mailroom.app.mailbox;

import dev.mailroom.app.common.Form;
import dev.mailroom.app.common.PasswordGenerator;
import dev.mailroom.app.common.ValidatedField;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A password field with Generate: a generated password is also put in {@link #generatedProperty()}
 * so the view can show it once (a password field hides what it holds); typing clears it.
 */
public final class PasswordFields {
    public static final int MIN_LENGTH = 8;
    private final ValidatedField password;
    private final ReadOnlyStringWrapper generated = new ReadOnlyStringWrapper(this, "generated");
    private boolean generating;

    /** @param optional true in the properties dialog, where empty means "leave the password as it is" */
    PasswordFields(Form form, boolean optional) {
        Function<String, String> rule = s -> {
            if (s.isEmpty()) {
                return optional ? null : "Password is required";
            }
            return s.length() < MIN_LENGTH ? "Password must have at least " + MIN_LENGTH + " characters" : null;
        };
        password = form.add("password", "", rule);
        password.textProperty().addListener((obs, old, now) -> {
            if (!generating) {
                generated.set(null);
            }
        });
    }

    public ValidatedField password() {
        return password;
    }

    public ReadOnlyStringProperty generatedProperty() {
        return generated.getReadOnlyProperty();
    }

    public void generate() {
        String p = PasswordGenerator.generate();
        generating = true;
        try {
            password.setText(p);
        } finally {
            generating = false;
        }
        generated.set(p);
    }

    /** Forgets the typed password once it was sent. */
    void clear() {
        generating = true;
        try {
            password.setText("");
        } finally {
            generating = false;
        }
    }
}
