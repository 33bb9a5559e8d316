package dev.mailroom.core.config;

/**
 * A config file is damaged and neither its .BAK nor its .SAV can replace it. The server refuses
 * to start rather than run with part of its directory missing; {@code recover} tells what to do.
 */
public class ConfigUnreadableException extends RuntimeException {
    public ConfigUnreadableException(String message) {
        super(message);
    }
}
