package dev.mailroom.app.logs;

import dev.mailroom.core.logs.ActivityRecord;
import dev.mailroom.core.logs.DebugCode;
import dev.mailroom.core.logs.DebugRecord;
import dev.mailroom.core.logs.LogLine;
import dev.mailroom.core.logs.LogLineDto;
import dev.mailroom.core.logs.LogRecord;
import dev.mailroom.core.logs.LogTime;
import dev.mailroom.core.logs.W3cDirective;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One line of a log as the viewer shows it: the columns of article 32 for activity and W3C
 * lines, time / id / text for debug lines, and the raw text in Detail for a line that does not
 * parse (shown, never dropped).
 */
public final class LogRow {
    private final LogLineDto dto;
    private final LogLine line;

    public LogRow(LogLineDto dto) {
        this.dto = dto;
        this.line = dto.toLine();
    }

    public LogLineDto dto() {
        return dto;
    }

    public String service() {
        return dto.service();
    }

    public String kind() {
        return dto.kind();
    }

    public LocalDate day() {
        return dto.day();
    }

    public long offset() {
        return dto.offset();
    }

    public String text() {
        return dto.text();
    }

    public boolean raw() {
        return line.record() == null || line.record() instanceof W3cDirective;
    }

    public LocalDateTime time() {
        LogRecord r = line.record();
        return r == null ? null : r.time();
    }

    public String timeText() {
        LocalDateTime t = time();
        return t == null ? "" : LogTime.format(t);
    }

    private ActivityRecord activity() {
        return line.record() instanceof ActivityRecord a ? a : null;
    }

    public String type() {
        ActivityRecord a = activity();
        if (a != null) {
            return a.type();
        }
        return raw() ? (line.partial() ? "(partial)" : "(unparsed)") : "";
    }

    public String messageId() {
        LogRecord r = line.record();
        return r == null ? "" : r.messageId();
    }

    public String localSocket() {
        ActivityRecord a = activity();
        return a == null ? "" : a.localSocket();
    }

    public String remoteIp() {
        ActivityRecord a = activity();
        return a == null ? "" : a.remoteIp();
    }

    public String command() {
        ActivityRecord a = activity();
        return a == null ? "" : a.command();
    }

    /** The command detail; for a line that does not parse, its whole raw text. */
    public String detail() {
        ActivityRecord a = activity();
        if (a != null) {
            return a.detail();
        }
        if (line.record() instanceof DebugRecord d) {
            return d.text();
        }
        return text();
    }

    public String response() {
        ActivityRecord a = activity();
        return a == null ? "" : a.response();
    }

    public String bytesSent() {
        ActivityRecord a = activity();
        return a == null ? "" : Long.toString(a.bytesSent());
    }

    public String bytesReceived() {
        ActivityRecord a = activity();
        return a == null ? "" : Long.toString(a.bytesReceived());
    }

    public String account() {
        ActivityRecord a = activity();
        return a == null ? "" : a.account();
    }

    /** A debug line's text (or the raw text). */
    public String debugText() {
        return line.record() instanceof DebugRecord d ? d.text() : text();
    }

    /** The relay code a debug line starts with, or null. */
    public DebugCode code() {
        return line.record() instanceof DebugRecord d ? d.code() : null;
    }

    /** The address this line concerns: the remote IP column, or one a debug line names. */
    public String addressMentioned() {
        String ip = remoteIp();
        if (!ip.isEmpty()) {
            return ip;
        }
        return Addresses.firstIn(debugText());
    }

    /** One line of summary for the trace window: command, detail and response, or the debug text. */
    public String summary() {
        ActivityRecord a = activity();
        if (a != null) {
            return (a.command() + " " + a.detail()).strip() + " -> " + a.response();
        }
        return debugText();
    }
}
