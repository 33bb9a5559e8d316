package dev.mailroom.core.logs;

/**
 * Which logs a service writes, asked on every line so that switching a log off in the
 * connector's Logging tab takes effect at once. A service passes a lambda over its settings,
 * e.g. {@code kind -> settings.read(SmtpSettings.SECTION).logging().enabled(kind)}: the
 * settings store reads from memory, so this is cheap.
 */
@FunctionalInterface
public interface LogSwitches {
    boolean enabled(LogKind kind);

    static LogSwitches allOn() {
        return kind -> true;
    }

    static LogSwitches of(boolean activity, boolean debug, boolean w3c) {
        return kind -> switch (kind) {
            case ACTIVITY -> activity;
            case DEBUG -> debug;
            case W3C -> w3c;
        };
    }
}
