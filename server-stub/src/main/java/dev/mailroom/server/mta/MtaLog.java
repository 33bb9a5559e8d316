package dev.mailroom.server.mta;

import dev.mailroom.core.logs.ActivityRecord;
import dev.mailroom.core.logs.LogFileNames;
import dev.mailroom.core.logs.LogSwitches;
import dev.mailroom.core.logs.ServiceLog;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The MTA's lines: {@code Logging/MTA/MTA-Activity|Debug-YYMMDD.log} for what happened to each
 * recipient, and {@code SMTP-OU} lines for every outbound command in the SMTP activity log
 * (article 32), all carrying the message id the inbound side assigned.
 */
final class MtaLog implements AutoCloseable {
    private final ServiceLog mta;
    private final ServiceLog smtp;

    MtaLog(Path dataDir, Clock clock) {
        this.mta = ServiceLog.open(dataDir, LogFileNames.MTA, clock, LogSwitches.allOn());
        // A second writer of the SMTP folder: each line is one append to a file opened with
        // O_APPEND, so lines of the SMTP service and of the MTA interleave whole.
        this.smtp = ServiceLog.open(dataDir, LogFileNames.SMTP, clock, LogSwitches.of(true, false, false));
    }

    void outcome(String id, String sender, RecipientOutcome o, long size) {
        String cmd = switch (o.status()) {
            case DELIVERED -> "DELIVERED";
            case RETRY -> "RETRY";
            case FAILED -> "FAILED";
        };
        mta.activity(new ActivityRecord(mta.now(), ActivityRecord.MTA, id, "", nz(o.remoteHost()), cmd,
                o.recipient(), o.reply(), o.status() == RecipientOutcome.Status.DELIVERED ? size : 0, 0, sender));
    }

    OutboundSession.Transcript transcript(String id, OutboundSession.Target target) {
        String remote = target.address().getHostAddress();
        return (command, reply, sent, received) -> smtp.activity(new ActivityRecord(smtp.now(), ActivityRecord.SMTP_OU,
                id, "", remote, verb(command), command, reply, sent, received, ""));
    }

    void debug(String id, String line) {
        mta.debug(id, line);
    }

    boolean flush(long millis) {
        return mta.flush(millis) & smtp.flush(millis);
    }

    private static String verb(String command) {
        if (command.isEmpty()) {
            return "CONNECT";
        }
        int sp = command.indexOf(' ');
        return (sp < 0 ? command : command.substring(0, sp)).toUpperCase(java.util.Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() {
        mta.flush(2_000);
        smtp.flush(2_000);
        mta.close();
        smtp.close();
    }
}
