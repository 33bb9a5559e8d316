package dev.mailroom.app.logs;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Rows to CSV (RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or line
 * break quoted and its quotes doubled) with a header of the column titles, which Excel opens
 * directly.
 */
public final class CsvExport {
    private CsvExport() {
    }

    public static void write(Writer out, List<ActivityColumns.Column> columns, List<LogRow> rows) throws IOException {
        line(out, columns.stream().map(ActivityColumns.Column::title).toList());
        for (LogRow r : rows) {
            line(out, columns.stream().map(c -> c.value().apply(r)).toList());
        }
        out.flush();
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String v) {
        if (v == null) {
            return "";
        }
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
