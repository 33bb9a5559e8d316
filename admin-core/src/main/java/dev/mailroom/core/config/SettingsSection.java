package dev.mailroom.core.config;

import java.util.function.Supplier;

/**
 * One settings file, {@code Config/<name>.json}, read into a Jackson-mapped type. A feature
 * declares its section once (name, type, defaults) and registers it; the store and the
 * {@code /api/v1/settings/{section}} endpoint then handle it without knowing the feature.
 * The type validates itself: its constructor throws
 * {@link dev.mailroom.core.model.InvalidValueException} naming the bad field.
 */
public record SettingsSection<T>(String name, Class<T> type, Supplier<T> defaults) {
    public SettingsSection {
        if (!name.matches("[a-z][a-z0-9-]{0,40}")) {
            throw new IllegalArgumentException("settings section names are lower-case words: " + name);
        }
    }
}
