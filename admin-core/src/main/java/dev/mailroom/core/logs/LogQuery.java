package dev.mailroom.core.logs;

import dev.mailroom.core.model.InvalidValueException;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What to look for in logs; every part is optional and all given parts must hold. {@code text}
 * is found anywhere in the line, ignoring case; {@code regex} is matched against the raw line;
 * {@code from} (inclusive) and {@code to} (exclusive) bound the line's time; {@code remoteIp}
 * and {@code messageId} must equal those columns (a debug line, which has no IP column,
 * matches an IP it mentions); {@code responseClass} (2-5) is the response code's first digit.
 * A line that does not parse matches only a query of text, regex, IP or message id that its
 * raw text contains: nothing is hidden from a search because it is garbled.
 */
public record LogQuery(String text, Pattern regex, LocalDateTime from, LocalDateTime to, String remoteIp,
                       String messageId, Integer responseClass) {

    public LogQuery {
        text = blankToNull(text);
        remoteIp = blankToNull(remoteIp);
        messageId = blankToNull(messageId);
        if (responseClass != null && (responseClass < 2 || responseClass > 5)) {
            throw new InvalidValueException("responseClass", "response class must be 2, 3, 4 or 5");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValueException("to", "the end of the time range must be after its start");
        }
    }

    public static LogQuery all() {
        return new LogQuery(null, null, null, null, null, null, null);
    }

    /** Compiles a user's regular expression, refusing a bad one with the reason. */
    public static Pattern regex(String regex) {
        if (regex == null || regex.isBlank()) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new InvalidValueException("regex", "not a valid regular expression: " + e.getDescription());
        }
    }

    public LogQuery withText(String t) {
        return new LogQuery(t, regex, from, to, remoteIp, messageId, responseClass);
    }

    public LogQuery withRegex(Pattern p) {
        return new LogQuery(text, p, from, to, remoteIp, messageId, responseClass);
    }

    public LogQuery withTime(LocalDateTime f, LocalDateTime t) {
        return new LogQuery(text, regex, f, t, remoteIp, messageId, responseClass);
    }

    public LogQuery withRemoteIp(String ip) {
        return new LogQuery(text, regex, from, to, ip, messageId, responseClass);
    }

    public LogQuery withMessageId(String id) {
        return new LogQuery(text, regex, from, to, remoteIp, id, responseClass);
    }

    public LogQuery withResponseClass(Integer c) {
        return new LogQuery(text, regex, from, to, remoteIp, messageId, c);
    }

    public boolean isEmpty() {
        return text == null && regex == null && from == null && to == null && remoteIp == null
                && messageId == null && responseClass == null;
    }

    /** Whether {@code line} of {@code kind} is a match. */
    public boolean matches(LogKind kind, LogLine line) {
        String raw = line.text();
        if (text != null && !containsIgnoreCase(raw, LogFormats.encodeValue(kind, text))) {
            return false;
        }
        if (regex != null && !regex.matcher(raw).find()) {
            return false;
        }
        LogRecord r = line.record();
        if (r == null || r instanceof W3cDirective) {
            // raw line: only text-like parts can match it
            if (from != null || to != null || responseClass != null) {
                return false;
            }
            return (remoteIp == null || raw.contains(LogFormats.encodeValue(kind, remoteIp)))
                    && (messageId == null || raw.contains(LogFormats.encodeValue(kind, messageId)));
        }
        LocalDateTime t = r.time();
        if (from != null && t.isBefore(from) || to != null && !t.isBefore(to)) {
            return false;
        }
        if (messageId != null && !messageId.equals(r.messageId())) {
            return false;
        }
        if (remoteIp != null) {
            boolean ok = r instanceof ActivityRecord a ? remoteIp.equals(a.remoteIp())
                    : mentionsAddress(((DebugRecord) r).text(), remoteIp);
            if (!ok) {
                return false;
            }
        }
        if (responseClass != null) {
            return r instanceof ActivityRecord a && a.responseClass() == responseClass;
        }
        return true;
    }

    /** The literal every match must contain, for the byte-level prefilter, or null. */
    String literal(LogKind kind) {
        if (messageId != null) {
            return LogFormats.encodeValue(kind, messageId);
        }
        if (remoteIp != null) {
            return LogFormats.encodeValue(kind, remoteIp);
        }
        return null;
    }

    /** The case-insensitive literal every match must contain, or null. */
    String foldedLiteral(LogKind kind) {
        return text == null ? null : LogFormats.encodeValue(kind, text).toLowerCase(Locale.ROOT);
    }

    private static boolean mentionsAddress(String text, String ip) {
        int i = text.indexOf(ip);
        while (i >= 0) {
            int end = i + ip.length();
            boolean before = i == 0 || !isAddressChar(text.charAt(i - 1));
            boolean after = end >= text.length() || !isAddressChar(text.charAt(end));
            if (before && after) {
                return true;
            }
            i = text.indexOf(ip, i + 1);
        }
        return false;
    }

    private static boolean isAddressChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == ':';
    }

    private static boolean containsIgnoreCase(String haystack, String needle) {
        int n = needle.length();
        for (int i = 0; i + n <= haystack.length(); i++) {
            if (haystack.regionMatches(true, i, needle, 0, n)) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
