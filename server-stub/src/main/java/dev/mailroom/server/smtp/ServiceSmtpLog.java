package dev.mailroom.server.smtp;

import dev.mailroom.core.logs.ActivityRecord;
import dev.mailroom.core.logs.ServiceLog;

/**
 * Writes the SMTP service's lines through the shared {@link ServiceLog}: the activity log with
 * article 32's columns A-J plus the account, its W3C copy, and the debug log. Which of them are
 * written is the Logging tab's switches, asked by the {@link ServiceLog} on every line.
 */
public final class ServiceSmtpLog implements SmtpLog {
    private final ServiceLog log;

    public ServiceSmtpLog(ServiceLog log) {
        this.log = log;
    }

    @Override
    public void activity(SmtpConnection c, String messageId, String command, String detail,
                         SmtpConnection.Exchange exchange) {
        log.activity(new ActivityRecord(log.now(), ActivityRecord.SMTP_IN, messageId, c.localSocket(), c.remoteIp(),
                command, detail, exchange.finalReply(), exchange.bytesSent(), exchange.bytesReceived(), c.account()));
    }

    @Override
    public void debug(String messageId, String line) {
        log.debug(messageId, line);
    }
}
