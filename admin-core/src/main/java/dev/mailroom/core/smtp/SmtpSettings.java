package dev.mailroom.core.smtp;

import dev.mailroom.core.config.SettingsSection;
import dev.mailroom.core.model.InvalidValueException;

/**
 * The SMTP connector's General, Inbound and Logging tabs ({@code Config/smtp.json}). Relay,
 * Access Control and Security live in the policy's own sections so the console's testers read
 * the same records the server does.
 *
 * @param bindAddress          local address to listen on, empty for every address
 * @param greeting             text after {@code 220 <hostName> ESMTP}
 * @param smtp                 the main port (25); {@code --smtp-port} overrides it
 * @param submission           message submission (587): AUTH required before MAIL
 * @param smtps                implicit TLS (465)
 * @param allowAuthWithoutTls  offer AUTH on a connection that has not started TLS (loopback always may)
 */
public record SmtpSettings(String bindAddress, String greeting, Port smtp, Port submission,
                           Port smtps, Limits limits, boolean allowAuthWithoutTls, LogSwitches logging) {
    public static final SettingsSection<SmtpSettings> SECTION =
            new SettingsSection<>("smtp", SmtpSettings.class, SmtpSettings::defaults);

    public SmtpSettings {
        bindAddress = bindAddress == null ? "" : bindAddress.strip();
        greeting = greeting == null || greeting.isBlank() ? "Mailroom mail service ready" : greeting.strip();
        if (greeting.indexOf('\r') >= 0 || greeting.indexOf('\n') >= 0) {
            throw new InvalidValueException("greeting", "The greeting must be one line");
        }
        if (greeting.length() > 200) {
            throw new InvalidValueException("greeting", "The greeting must be at most 200 characters");
        }
        smtp = smtp == null ? new Port(true, 25) : smtp;
        submission = submission == null ? new Port(false, 587) : submission;
        smtps = smtps == null ? new Port(false, 465) : smtps;
        limits = limits == null ? Limits.defaults() : limits;
        logging = logging == null ? LogSwitches.defaults() : logging;
    }

    public static SmtpSettings defaults() {
        return new SmtpSettings("", "Mailroom mail service ready", new Port(true, 25),
                new Port(false, 587), new Port(false, 465), Limits.defaults(), false, LogSwitches.defaults());
    }

    public SmtpSettings withPorts(Port newSmtp, Port newSubmission, Port newSmtps) {
        return new SmtpSettings(bindAddress, greeting, newSmtp, newSubmission, newSmtps, limits,
                allowAuthWithoutTls, logging);
    }

    public SmtpSettings withLimits(Limits newLimits) {
        return new SmtpSettings(bindAddress, greeting, smtp, submission, smtps, newLimits,
                allowAuthWithoutTls, logging);
    }

    public SmtpSettings withAllowAuthWithoutTls(boolean allow) {
        return new SmtpSettings(bindAddress, greeting, smtp, submission, smtps, limits, allow, logging);
    }

    public SmtpSettings withLogging(LogSwitches newLogging) {
        return new SmtpSettings(bindAddress, greeting, smtp, submission, smtps, limits,
                allowAuthWithoutTls, newLogging);
    }

    /** One listening port; 0 means any free port (tests). */
    public record Port(boolean enabled, int port) {
        public Port {
            if (port < 0 || port > 65535) {
                throw new InvalidValueException("port", "A port is a number from 1 to 65535");
            }
        }
    }

    /**
     * Inbound limits. Over a limit the client gets a reply that says so: 421 for connections and
     * timeouts, 552 for size, 452 for recipients.
     */
    public record Limits(int maxConnections, int maxMessageSizeKb, int maxRecipients,
                         int commandTimeoutSeconds, int dataTimeoutSeconds) {
        public Limits {
            check("maxConnections", maxConnections, 1, 100_000);
            check("maxMessageSizeKb", maxMessageSizeKb, 1, 2_000_000);
            check("maxRecipients", maxRecipients, 1, 100_000);
            check("commandTimeoutSeconds", commandTimeoutSeconds, 1, 3600);
            check("dataTimeoutSeconds", dataTimeoutSeconds, 1, 3600);
        }

        public static Limits defaults() {
            return new Limits(200, 20 * 1024, 100, 300, 600);
        }

        public long maxMessageBytes() {
            return maxMessageSizeKb * 1024L;
        }

        private static void check(String field, int v, int min, int max) {
            if (v < min || v > max) {
                throw new InvalidValueException(field, "Must be between " + min + " and " + max);
            }
        }
    }

    /** The Logging tab: each of the three SMTP logs can be switched off. */
    public record LogSwitches(boolean activity, boolean debug, boolean w3c) {
        public static LogSwitches defaults() {
            return new LogSwitches(true, true, true);
        }
    }
}
