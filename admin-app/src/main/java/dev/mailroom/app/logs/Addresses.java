package dev.mailroom.app.logs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds an IPv4 address in a debug line's text, e.g. "Sender IP (192.0.2.7) is within ...". */
final class Addresses {
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,3}){3})(?![\\d.])");

    private Addresses() {
    }

    static String firstIn(String text) {
        Matcher m = IPV4.matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
