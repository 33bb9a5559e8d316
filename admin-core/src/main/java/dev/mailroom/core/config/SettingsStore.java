package dev.mailroom.core.config;

import java.util.function.Consumer;

/**
 * Settings held as JSON files under {@code Config/}. Reads come from memory (the servers read
 * settings on every connection, so a change applies to the next one without a restart);
 * writes are atomic and crash-safe like every config write.
 */
public interface SettingsStore {
    /** The current value, or the section's defaults when nothing was ever written. */
    <T> T read(SettingsSection<T> section);

    /** Validates (by constructing the value), writes atomically, then notifies listeners. */
    <T> void write(SettingsSection<T> section, T value);

    /** Called after every successful write of that section (for listeners that rebind ports). */
    <T> void onChange(SettingsSection<T> section, Consumer<T> listener);
}
