package dev.mailroom.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The server's own log, configured in code so the jar needs no logback.xml and standard output
 * stays free for the ready line: everything at INFO and above goes to
 * {@code DIR/Logging/server.log} (a new file each day, 30 kept), warnings also to standard error.
 * The protocol logs (SMTP, POP) are written by their own writers, not through here.
 */
public final class ServerLogging {
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    private ServerLogging() {
    }

    /** Only warnings, to standard error: for the command-line client, whose stdout is its answer. */
    public static synchronized void quiet() {
        LoggerContext ctx = reset();
        ctx.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(stderr(ctx));
    }

    /** The server log under {@code dataDir/Logging/server.log}, plus warnings to standard error. */
    public static synchronized void toDataDir(Path dataDir) {
        LoggerContext ctx = reset();
        Path dir = dataDir.toAbsolutePath().resolve("Logging");

        PatternLayoutEncoder encoder = encoder(ctx);
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(ctx);
        file.setName("server-log");
        file.setFile(dir.resolve("server.log").toString());
        TimeBasedRollingPolicy<ILoggingEvent> daily = new TimeBasedRollingPolicy<>();
        daily.setContext(ctx);
        daily.setParent(file);
        daily.setFileNamePattern(dir.resolve("server.%d{yyyy-MM-dd}.log").toString());
        daily.setMaxHistory(30);
        daily.start();
        file.setRollingPolicy(daily);
        file.setEncoder(encoder);
        file.start();

        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(file);
        root.addAppender(stderr(ctx));
        root.addAppender(ServerEventLog.start(ctx, dataDir.toAbsolutePath()));
    }

    private static LoggerContext reset() {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        ctx.reset();
        ctx.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        return ctx;
    }

    private static PatternLayoutEncoder encoder(LoggerContext ctx) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern(PATTERN);
        encoder.start();
        return encoder;
    }

    private static ConsoleAppender<ILoggingEvent> stderr(LoggerContext ctx) {
        ConsoleAppender<ILoggingEvent> err = new ConsoleAppender<>();
        err.setContext(ctx);
        err.setName("stderr");
        err.setTarget("System.err");
        err.setEncoder(encoder(ctx));
        ThresholdFilter warn = new ThresholdFilter();
        warn.setLevel("WARN");
        warn.start();
        err.addFilter(warn);
        err.start();
        return err;
    }
}
