package dev.mailroom.core.logs;

import java.time.LocalDateTime;

/**
 * What one parsed log line holds. The viewer sorts, filters and traces on these accessors, so
 * every kind answers them (with an empty string where the kind has no such column).
 */
public sealed interface LogRecord permits ActivityRecord, DebugRecord, W3cDirective {
    /** Local server time of the line, or null for a W3C directive. */
    LocalDateTime time();

    /** The message or session id that ties lines of one transaction together; may be empty. */
    String messageId();

    /** The remote host's address; empty where the kind has none. */
    default String remoteIp() {
        return "";
    }
}
