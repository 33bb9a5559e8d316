package dev.mailroom.app.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The validated fields of one dialog or wizard page, by the name the server uses for them. It
 * answers "may this be saved?" and routes a server refusal to the field it names.
 */
public final class Form {
    private final Map<String, ValidatedField> fields = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private BooleanBinding validBinding;

    /** Adds a field; its name must be unique in the form. */
    public ValidatedField add(String name, String initial, Function<String, String> rule) {
        ValidatedField field = new ValidatedField(name, initial, rule);
        if (fields.putIfAbsent(name, field) != null) {
            throw new IllegalArgumentException("field already in the form: " + name);
        }
        rebind();
        return field;
    }

    public ValidatedField field(String name) {
        ValidatedField f = fields.get(name);
        if (f == null) {
            throw new IllegalArgumentException("no such field: " + name);
        }
        return f;
    }

    public List<ValidatedField> fields() {
        return Collections.unmodifiableList(new ArrayList<>(fields.values()));
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    /** Shows every field's reason and answers whether the form may be saved. */
    public boolean validateAll() {
        fields.values().forEach(ValidatedField::touch);
        return isValid();
    }

    public Optional<ValidatedField> firstInvalid() {
        return fields.values().stream().filter(f -> !f.isValid()).findFirst();
    }

    /**
     * Puts a refusal beside the field it names.
     *
     * @return true when a field of this form took it; false when the caller must show it elsewhere
     */
    public boolean showFailure(Throwable failure) {
        Optional<FieldError> error = FieldError.of(failure);
        if (error.isPresent() && fields.containsKey(error.get().field())) {
            fields.get(error.get().field()).setServerError(error.get().message());
            return true;
        }
        return false;
    }

    private void rebind() {
        if (validBinding != null) {
            valid.unbind();
        }
        List<ValidatedField> all = new ArrayList<>(fields.values());
        validBinding = Bindings.createBooleanBinding(() -> all.stream().allMatch(ValidatedField::isValid),
                all.stream().map(ValidatedField::errorProperty).toArray(javafx.beans.Observable[]::new));
        valid.bind(validBinding);
    }
}
