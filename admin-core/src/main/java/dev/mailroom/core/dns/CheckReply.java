package dev.mailroom.core.dns;

/**
 * The SMTP reply a DNS check wants sent, as one value: the session handler sends it as is and
 * the activity log records the same line, so the text is built in exactly one place.
 *
 * @param code          three-digit SMTP reply code (4xx temporary, 5xx permanent)
 * @param enhancedCode  RFC 3463 status, e.g. {@code 5.7.1}
 * @param text          human-readable text, one line
 */
public record CheckReply(int code, String enhancedCode, String text) {
    public CheckReply {
        if (code < 400 || code > 599) {
            throw new IllegalArgumentException("a refusal is a 4xx or 5xx reply: " + code);
        }
        if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("reply text must be one line");
        }
    }

    public boolean temporary() {
        return code < 500;
    }

    /** The reply line as sent, without CRLF: {@code 550 5.7.1 This IP address has been blacklisted}. */
    public String line() {
        return code + " " + enhancedCode + " " + text;
    }

    @Override
    public String toString() {
        return line();
    }
}
