package dev.mailroom.app.common;

import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A two-column form: label, then the control with its reason underneath. Labels take a mnemonic
 * ({@code "_Name:"}: Alt+N focuses the field) and rows are added in tab order, so every dialog
 * built with it works from the keyboard alone.
 */
public final class FormGrid {
    private final GridPane grid = new GridPane();
    private final FieldDecorations decorations;
    private int row;

    public FormGrid(FieldDecorations decorations) {
        this.decorations = decorations;
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(240);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    /** A validated row. */
    public FormGrid add(String label, Control control, ValidatedField field) {
        Label reason = decorations.bind(field, control);
        return place(label, control, new VBox(2, control, reason));
    }

    /** A row without validation (a check box, a read-only value). */
    public FormGrid add(String label, Control control) {
        return place(label, control, control);
    }

    /** A full-width row, e.g. a check box whose text is its label. */
    public FormGrid addWide(Node node) {
        grid.add(node, 0, row++, 2, 1);
        return this;
    }

    /** A row whose cell is built by the caller (a field with buttons); the label focuses {@code control}. */
    public FormGrid add(String label, Control control, Node cell) {
        return place(label, control, cell);
    }

    private FormGrid place(String label, Control control, Node cell) {
        Label l = new Label(label);
        l.setMnemonicParsing(true);
        l.setLabelFor(control);
        GridPane.setValignment(l, VPos.TOP);
        l.setPadding(new Insets(4, 0, 0, 0));
        grid.add(l, 0, row);
        grid.add(cell, 1, row++);
        return this;
    }

    public GridPane node() {
        return grid;
    }
}
