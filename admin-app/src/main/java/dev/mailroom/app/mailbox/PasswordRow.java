package dev.mailroom.app.mailbox;

import dev.mailroom.app.common.FieldDecorations;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Password field, Generate button, the generated password shown (selectable) until the user types, and the reason. */
final class PasswordRow {
    final PasswordField field = new PasswordField();
    final VBox node;

    PasswordRow(String idPrefix, PasswordFields model, FieldDecorations decorations, String prompt) {
        field.setId(idPrefix + "-password");
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(model.password().textProperty());
        Button generate = new Button("_Generate");
        generate.setId(idPrefix + "-generate");
        generate.setOnAction(e -> model.generate());
        HBox.setHgrow(field, Priority.ALWAYS);
        TextField shown = new TextField();
        shown.setId(idPrefix + "-generated");
        shown.setEditable(false);
        shown.textProperty().bind(model.generatedProperty());
        shown.visibleProperty().bind(model.generatedProperty().isNotNull());
        shown.managedProperty().bind(shown.visibleProperty());
        Label hint = new Label("Generated password — copy it now, it is not shown again:");
        hint.visibleProperty().bind(shown.visibleProperty());
        hint.managedProperty().bind(shown.visibleProperty());
        Label reason = decorations.bind(model.password(), field);
        node = new VBox(2, new HBox(6, field, generate), reason, hint, shown);
    }
}
