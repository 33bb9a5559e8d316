/**
 * The server's logs, defined once and used by the writer (server) and the viewer (API,
 * console) alike: no other code formats or parses a log line.
 *
 * <p>How a service logs (SMTP shown; POP uses {@code "POP"} and {@code POP-IN}):
 * <pre>{@code
 * ServiceLog log = ServiceLog.open(ctx.dataDir(), LogFileNames.SMTP, ctx.clock(),
 *         kind -> ctx.settings().read(SmtpSettings.SECTION).logging().enabled(kind));
 * // one line per command and its reply; the account once the session has authenticated
 * log.activity(new ActivityRecord(log.now(), ActivityRecord.SMTP_IN, messageId,
 *         "127.0.0.1:25", "192.0.2.7", "RCPT", "TO:<bob@example.com>", "250 2.1.5 OK",
 *         bytesSent, bytesReceived, account));
 * // decisions, with the message (or session) id
 * log.debug(messageId, "ME-I0111: Relay Denied: Failed to meet all relay criteria");
 * log.close();   // on service stop: writes what is queued
 * }</pre>
 * {@code activity} also writes the W3C copy; passwords and AUTH payloads are masked by the
 * writer ({@link dev.mailroom.core.logs.Redaction}); log an AUTH continuation line with the
 * command {@code AUTH}. Tests call {@code log.flush(timeoutMillis)} before reading files.
 */
package dev.mailroom.core.logs;
