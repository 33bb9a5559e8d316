package dev.mailroom.app.tree;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * One entry of a node's context menu, mirrored in the Action menu with the same accelerator.
 * {@link Role#PROPERTIES} is also what double-click and Enter run; {@link Role#DELETE} is on the
 * Delete key.
 *
 * @param id          stable id for the menu item ({@code "action-new-domain"}), used by tests
 * @param accelerator keyboard shortcut, or null
 */
public record NodeAction(String id, String text, Role role, KeyCombination accelerator, Runnable run) {
    public enum Role { NEW, PROPERTIES, DELETE, OTHER }

    public static final KeyCombination PROPERTIES_KEY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.ALT_DOWN);
    public static final KeyCombination DELETE_KEY = new KeyCodeCombination(KeyCode.DELETE);

    /** "New …" entry, e.g. {@code create("new-domain", "New Domain…", Ctrl+Shift+D, ...)}. */
    public static NodeAction create(String id, String text, KeyCombination accelerator, Runnable run) {
        return new NodeAction("action-" + id, text, Role.NEW, accelerator, run);
    }

    public static NodeAction properties(Runnable run) {
        return new NodeAction("action-properties", "Properties…", Role.PROPERTIES, PROPERTIES_KEY, run);
    }

    public static NodeAction delete(Runnable run) {
        return new NodeAction("action-delete", "Delete…", Role.DELETE, DELETE_KEY, run);
    }

    public static NodeAction other(String id, String text, KeyCombination accelerator, Runnable run) {
        return new NodeAction("action-" + id, text, Role.OTHER, accelerator, run);
    }
}
