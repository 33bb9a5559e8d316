package dev.mailroom.app.logs;

import dev.mailroom.core.logs.DebugCode;

/**
 * How a row looks: relay granted green, relay denied red (article 20's codes), local delivery
 * blue, a line that does not parse grey and italic. One place, used by the debug list, the
 * legend and the trace window.
 */
final class RowStyles {
    static final String GRANTED = "-fx-text-fill: #176f17; -fx-background-color: #e3f5e1;";
    static final String DENIED = "-fx-text-fill: #a61b1b; -fx-background-color: #fbe4e4;";
    static final String LOCAL = "-fx-text-fill: #1d4f91;";
    static final String RAW = "-fx-text-fill: #777777; -fx-font-style: italic;";

    private RowStyles() {
    }

    static String of(DebugCode.Outcome outcome) {
        return switch (outcome) {
            case GRANTED -> GRANTED;
            case DENIED -> DENIED;
            case LOCAL -> LOCAL;
        };
    }

    static String of(LogRow row) {
        if (row == null) {
            return "";
        }
        if (row.raw()) {
            return RAW;
        }
        DebugCode code = row.code();
        return code == null ? "" : of(code.outcome());
    }
}
