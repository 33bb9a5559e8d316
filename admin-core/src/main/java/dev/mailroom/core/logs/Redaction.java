package dev.mailroom.core.logs;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of logs ("passwords never logged"): what a client sent after {@code PASS},
 * the initial response and continuation lines of {@code AUTH}, and the digest of {@code APOP}
 * become {@value #MASK}. The mechanism name and the user name stay, since they are what an
 * administrator needs to read a failed login. {@link ServiceLog} applies this to every line it
 * writes, so a service cannot forget; services may call it too (e.g. for a status display).
 */
public final class Redaction {
    public static final String MASK = "****";

    /** SASL mechanism names a client may put after AUTH (RFC 4422 registry, the common ones). */
    private static final Set<String> MECHANISMS = Set.of("PLAIN", "LOGIN", "CRAM-MD5", "DIGEST-MD5", "XOAUTH2",
            "OAUTHBEARER", "GSSAPI", "NTLM", "EXTERNAL", "ANONYMOUS", "SCRAM-SHA-1", "SCRAM-SHA-256",
            "SCRAM-SHA-1-PLUS", "SCRAM-SHA-256-PLUS");

    private static final Pattern IN_TEXT = Pattern.compile(
            "(?i)\\b(PASS|AUTH[ \\t]+[A-Z0-9_-]{1,20}|APOP[ \\t]+\\S+)([ \\t]+)[^\\r\\n]+");

    private Redaction() {
    }

    /**
     * The argument of {@code command} as it may be logged. {@code AUTH PLAIN dGVzdA==} gives
     * {@code PLAIN ****}; {@code PASS secret} gives {@code ****}; {@code APOP bob 1f3c...}
     * gives {@code bob ****}. A continuation line of an AUTH exchange must be logged with the
     * command {@code AUTH}: its whole detail is masked unless it is only a mechanism name.
     */
    public static String detail(String command, String detail) {
        if (detail == null || detail.isBlank()) {
            return detail;
        }
        String cmd = command == null ? "" : command.strip().toUpperCase(Locale.ROOT);
        switch (cmd) {
            case "PASS":
                return MASK;
            case "AUTH": {
                String d = detail.strip();
                int sp = firstSpace(d);
                String first = sp < 0 ? d : d.substring(0, sp);
                if (!MECHANISMS.contains(first.toUpperCase(Locale.ROOT))) {
                    return MASK;
                }
                return sp < 0 ? d : first + " " + MASK;
            }
            case "APOP": {
                String d = detail.strip();
                int sp = firstSpace(d);
                return sp < 0 ? d : d.substring(0, sp) + " " + MASK;
            }
            default:
                // The service may have put the whole command line into the detail.
                return commandLine(detail);
        }
    }

    /** A whole command line as the client sent it: {@code AUTH PLAIN xxxx} gives {@code AUTH PLAIN ****}. */
    public static String commandLine(String line) {
        if (line == null) {
            return null;
        }
        String s = line.stripLeading();
        int sp = firstSpace(s);
        if (sp < 0) {
            return line;
        }
        String verb = s.substring(0, sp);
        String upper = verb.toUpperCase(Locale.ROOT);
        if (!upper.equals("PASS") && !upper.equals("AUTH") && !upper.equals("APOP")) {
            return line;
        }
        return verb + " " + detail(upper, s.substring(sp + 1));
    }

    /** The record with its detail (and a command that holds a whole line) redacted. */
    public static ActivityRecord apply(ActivityRecord r) {
        String command = commandLine(r.command());
        String detail = detail(command, r.detail());
        if (command.equals(r.command()) && detail.equals(r.detail())) {
            return r;
        }
        return new ActivityRecord(r.time(), r.type(), r.messageId(), r.localSocket(), r.remoteIp(), command, detail,
                r.response(), r.bytesSent(), r.bytesReceived(), r.account());
    }

    /**
     * Free text (a debug line) with the rest of the line after {@code PASS}, {@code AUTH <mechanism>}
     * or {@code APOP <user>} masked (a POP3 password may itself hold spaces).
     */
    public static String text(String text) {
        if (text == null || !mayHoldSecret(text)) {
            return text;
        }
        Matcher m = IN_TEXT.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + m.group(2) + MASK));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean mayHoldSecret(String text) {
        String u = text.toUpperCase(Locale.ROOT);
        return u.contains("PASS") || u.contains("AUTH") || u.contains("APOP");
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
