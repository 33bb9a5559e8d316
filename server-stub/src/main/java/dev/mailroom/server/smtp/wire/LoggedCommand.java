package dev.mailroom.server.smtp.wire;

import dev.mailroom.server.smtp.SmtpConnection;
import dev.mailroom.server.smtp.SmtpLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.internal.server.Command;
import org.subethamail.smtp.internal.server.CommandException;
import org.subethamail.smtp.internal.server.HelpMessage;
import org.subethamail.smtp.server.Session;

/**
 * Wraps every SubEthaSMTP command to write one activity-log line per command with the reply it
 * got. AUTH's argument is reduced to the mechanism name: credentials never reach a log (the
 * continuation lines of an AUTH exchange are read inside the AUTH command and never come here).
 */
public final class LoggedCommand implements Command {
    private final Command delegate;
    private final SmtpLog log;

    public LoggedCommand(Command delegate, SmtpLog log) {
        this.delegate = delegate;
        this.log = log;
    }

    @Override
    public void execute(String commandString, Session sess) throws IOException, DropConnectionException {
        SmtpConnection c = Connections.of(sess);
        // What was sent since the last command (the greeting) is logged by the connect hook.
        c.takeExchange();
        c.received(commandString.getBytes(StandardCharsets.UTF_8).length + 2L);
        String messageIdBefore = c.messageId();
        try {
            delegate.execute(commandString, sess);
        } finally {
            SmtpConnection.Exchange ex = c.takeExchange();
            // DATA ends the transaction and clears the id; its own line still carries it.
            String id = c.messageId().isEmpty() ? messageIdBefore : c.messageId();
            log.activity(c, id, verb(commandString), detail(commandString), ex);
        }
    }

    static String verb(String line) {
        String t = line.strip();
        int sp = t.indexOf(' ');
        return (sp < 0 ? t : t.substring(0, sp)).toUpperCase(Locale.ROOT);
    }

    static String detail(String line) {
        String t = line.strip();
        int sp = t.indexOf(' ');
        if (sp < 0) {
            return "";
        }
        String arg = t.substring(sp + 1).strip();
        if (verb(line).equals("AUTH")) {
            int s2 = arg.indexOf(' ');
            return s2 < 0 ? arg : arg.substring(0, s2);
        }
        return arg;
    }

    @Override
    public HelpMessage getHelp() throws CommandException {
        return delegate.getHelp();
    }

    @Override
    public String getName() {
        return delegate.getName();
    }
}
