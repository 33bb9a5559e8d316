package dev.mailroom.core.config;

/** A TAB file that is truncated or holds a line that does not parse; says which line and why. */
public class TabFormatException extends Exception {
    public TabFormatException(String message) {
        super(message);
    }
}
