package dev.mailroom.core.logs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each log lives: {@code <data>/Logging/<SERVICE>/<SERVICE>-<Kind>-YYMMDD.log}, the names
 * article 32 gives ({@code Logging/SMTP/SMTP-Activity-YYMMDD.log}). The one place these names
 * are built and parsed, by the writer and by the viewer alike.
 */
public final class LogFileNames {
    public static final String SMTP = "SMTP";
    public static final String POP = "POP";
    public static final String MTA = "MTA";
    /** Server-wide events (start, stop, settings changes) that belong to no one service. */
    public static final String SERVER = "SERVER";

    /** The services the console lists, in its order. */
    public static final List<String> SERVICES = List.of(SMTP, POP, MTA, SERVER);

    /** YYMMDD with the two-digit year read as 2000-2099. */
    private static final DateTimeFormatter DAY = new DateTimeFormatterBuilder()
            .appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter();

    private static final Pattern SERVICE_NAME = Pattern.compile("[A-Z][A-Z0-9]{0,15}");
    private static final Pattern FILE_NAME = Pattern.compile("([A-Z][A-Z0-9]{0,15})-([A-Za-z0-9]+)-(\\d{6})\\.log");

    private LogFileNames() {
    }

    /** A parsed log file name. */
    public record LogFileName(String service, LogKind kind, LocalDate day) {
        public String fileName() {
            return LogFileNames.fileName(service, kind, day);
        }
    }

    /** Throws IllegalArgumentException unless {@code service} is an upper-case word like SMTP. */
    public static String checkService(String service) {
        if (service == null || !SERVICE_NAME.matcher(service).matches()) {
            throw new IllegalArgumentException("log service names are upper-case words like SMTP: " + service);
        }
        return service;
    }

    public static Path loggingRoot(Path dataDir) {
        return dataDir.resolve("Logging");
    }

    public static Path directory(Path dataDir, String service) {
        return loggingRoot(dataDir).resolve(checkService(service));
    }

    public static String fileName(String service, LogKind kind, LocalDate day) {
        return checkService(service) + "-" + kind.label() + "-" + DAY.format(day) + ".log";
    }

    public static Path path(Path dataDir, String service, LogKind kind, LocalDate day) {
        return directory(dataDir, service).resolve(fileName(service, kind, day));
    }

    /** The service, kind and day a file name stands for; empty for any other file. */
    public static Optional<LogFileName> parse(String fileName) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        LogKind kind = LogKind.fromLabel(m.group(2));
        if (kind == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LogFileName(m.group(1), kind, LocalDate.parse(m.group(3), DAY)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
