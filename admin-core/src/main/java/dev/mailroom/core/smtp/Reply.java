package dev.mailroom.core.smtp;

import java.util.regex.Pattern;

/**
 * One SMTP reply as a value: the three-digit code, the RFC 3463 enhanced status code and the
 * text. A policy refusal carries its reply so the server sends exactly what the policy decided
 * and the console's testers show the same words; nobody builds reply strings by hand.
 *
 * @param code     RFC 5321 reply code, 200..599
 * @param enhanced RFC 3463 enhanced status code such as {@code 5.7.1}, or empty where none is
 *                 sent (the connection greeting, RFC 2034 puts them on command replies only)
 * @param text     human-readable text, one line
 */
public record Reply(int code, String enhanced, String text) {
    private static final Pattern ENHANCED = Pattern.compile("[245]\\.\\d{1,3}\\.\\d{1,3}");

    public Reply {
        if (code < 200 || code > 599) {
            throw new IllegalArgumentException("SMTP reply code out of range: " + code);
        }
        enhanced = enhanced == null ? "" : enhanced;
        if (!enhanced.isEmpty()) {
            if (!ENHANCED.matcher(enhanced).matches()) {
                throw new IllegalArgumentException("not an enhanced status code: " + enhanced);
            }
            if (enhanced.charAt(0) - '0' != code / 100) {
                throw new IllegalArgumentException("enhanced status " + enhanced + " does not fit reply code " + code);
            }
        }
        if (text == null || text.isBlank() || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("reply text must be one non-empty line");
        }
    }

    /** 2xx: the command was accepted. */
    public boolean isPositive() {
        return code < 400;
    }

    /** 5xx: the client must not retry the same command. */
    public boolean isPermanentFailure() {
        return code >= 500;
    }

    /** The text after the code as SubEthaSMTP and similar engines want it: {@code 5.7.1 text}. */
    public String message() {
        return enhanced.isEmpty() ? text : enhanced + " " + text;
    }

    /** The reply line as sent, without CRLF: {@code 550 5.7.1 text}. */
    @Override
    public String toString() {
        return code + " " + message();
    }
}
