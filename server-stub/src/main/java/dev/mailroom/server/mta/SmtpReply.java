package dev.mailroom.server.mta;

import java.util.List;

/** A reply read from a remote SMTP server, all its lines kept (EHLO lists extensions). */
record SmtpReply(int code, List<String> lines) {
    String text() {
        return String.join(" / ", lines);
    }

    /** The last line as the server sent it, e.g. {@code 550 5.1.1 no such user}. */
    String lastLine() {
        return lines.isEmpty() ? String.valueOf(code) : lines.get(lines.size() - 1);
    }

    boolean positive() {
        return code >= 200 && code < 400;
    }

    /** Whether an EHLO reply lists the extension (the first line is the greeting, not an extension). */
    boolean hasExtension(String keyword) {
        for (String l : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (l.length() > 4 && l.substring(4).strip().split(" ")[0].equalsIgnoreCase(keyword)) {
                return true;
            }
        }
        return false;
    }
}
