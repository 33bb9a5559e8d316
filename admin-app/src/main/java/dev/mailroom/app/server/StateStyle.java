package dev.mailroom.app.server;

/**
 * How a listener's state looks in the status tables: only a service that should run and does
 * not is shown in red; a listener the administrator switched off is greyed, not an alarm.
 */
final class StateStyle {
    private StateStyle() {
    }

    static String of(String state) {
        if ("RUNNING".equals(state) || "ACTIVE".equals(state)) {
            return "";
        }
        if ("DISABLED".equals(state)) {
            return "-fx-text-fill: #6b6b6b;";
        }
        return "-fx-text-fill: #b00020; -fx-font-weight: bold;";
    }
}
