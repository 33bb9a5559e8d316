package dev.mailroom.app.antivirus;

import dev.mailroom.app.common.ValidatedField;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;

/** The text fields and check boxes of the antivirus dialogs, bound to their view model. */
final class Controls {
    private Controls() {
    }

    static TextField text(String id, ValidatedField field) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(field.textProperty());
        return t;
    }

    /** An explanation under the fields: wraps instead of being cut off. */
    static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(460);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    static CheckBox check(String id, String text, BooleanProperty value) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(value);
        return c;
    }
}
