package dev.mailroom.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import dev.mailroom.core.logs.LogFileNames;
import dev.mailroom.core.logs.LogSwitches;
import dev.mailroom.core.logs.ServiceLog;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Copies the server's own events (start, stop, ports, warnings: INFO and above) into
 * {@code Logging/SERVER/SERVER-Debug-YYMMDD.log} in the debug-log format, so the console's
 * Logs > Server node shows them like any other service's debug log. {@code server.log} keeps
 * the full text with stack traces.
 */
final class ServerEventLog extends AppenderBase<ILoggingEvent> {
    private final ServiceLog log;

    private ServerEventLog(ServiceLog log) {
        this.log = log;
    }

    /** A started appender writing under {@code dataDir}; stopped (and its file closed) by a logging reset. */
    static ServerEventLog start(LoggerContext ctx, Path dataDir) {
        ServerEventLog appender = new ServerEventLog(
                ServiceLog.open(dataDir, LogFileNames.SERVER, Clock.systemUTC(), LogSwitches.allOn()));
        appender.setContext(ctx);
        appender.setName("server-events");
        appender.start();
        return appender;
    }

    @Override
    protected void append(ILoggingEvent event) {
        // The log writer reports its own disk failures through logging: copying those back
        // into it would loop while the disk is failing.
        if (!event.getLevel().isGreaterOrEqual(Level.INFO) || event.getLoggerName().equals(ServiceLog.class.getName())) {
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append(event.getLevel()).append(' ').append(shortName(event.getLoggerName())).append(": ")
                .append(event.getFormattedMessage());
        IThrowableProxy t = event.getThrowableProxy();
        if (t != null) {
            text.append(" (").append(t.getClassName()).append(": ").append(t.getMessage()).append(')');
        }
        log.debug("", text.toString());
    }

    @Override
    public void stop() {
        super.stop();
        log.close();
    }

    private static String shortName(String logger) {
        int dot = logger.lastIndexOf('.');
        return dot < 0 ? logger : logger.substring(dot + 1);
    }
}
