package dev.mailroom.app.logs;

import java.util.List;
import java.util.function.Function;

/**
 * The activity table's columns, named as article 32 lists them (A-J) plus the account
 * MailEnable appends. The table and the CSV export both use this list, so an exported file has
 * exactly the columns on screen.
 */
public final class ActivityColumns {
    /** A column: its header, its value for a row, and its preferred width. */
    public record Column(String id, String title, Function<LogRow, String> value, double width) {
    }

    public static final List<Column> ALL = List.of(
            new Column("col-time", "Date/Time", LogRow::timeText, 185),
            new Column("col-type", "Type", LogRow::type, 80),
            new Column("col-message-id", "Message ID", LogRow::messageId, 150),
            new Column("col-local", "Local socket", LogRow::localSocket, 110),
            new Column("col-remote-ip", "Remote IP", LogRow::remoteIp, 110),
            new Column("col-command", "Command", LogRow::command, 80),
            new Column("col-detail", "Detail", LogRow::detail, 220),
            new Column("col-response", "Response", LogRow::response, 260),
            new Column("col-sent", "Bytes sent", LogRow::bytesSent, 80),
            new Column("col-received", "Bytes received", LogRow::bytesReceived, 95),
            new Column("col-account", "Account", LogRow::account, 120));

    /** The debug view's columns for export: time, id, text. */
    public static final List<Column> DEBUG = List.of(
            new Column("col-time", "Date/Time", LogRow::timeText, 185),
            new Column("col-message-id", "Message ID", LogRow::messageId, 150),
            new Column("col-text", "Text", LogRow::debugText, 600));

    private ActivityColumns() {
    }
}
