package dev.mailroom.core.config;

import dev.mailroom.core.model.InvalidValueException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Settings as {@code Config/<section>.json}. Each section is read from disk once and then served
 * from memory; a write is atomic (temp, fsync, rename, fsync of the directory) and keeps the
 * previous file as {@code .BAK}. A file that no longer parses is restored from its .BAK, else the
 * section starts from its defaults, and the recovery log says which.
 */
public final class JsonSettingsStore implements SettingsStore {
    private final Path configDir;
    private final Consumer<String> recoveryLog;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<Object>>> listeners = new ConcurrentHashMap<>();
    private final Object writeLock = new Object();

    public JsonSettingsStore(Path dataDir, Consumer<String> recoveryLog) {
        this.configDir = dataDir.resolve("Config");
        this.recoveryLog = recoveryLog;
    }

    public Path file(SettingsSection<?> section) {
        return configDir.resolve(section.name() + ".json");
    }

    @Override
    public <T> T read(SettingsSection<T> section) {
        return section.type().cast(cache.computeIfAbsent(section.name(), n -> load(section)));
    }

    @Override
    public <T> void write(SettingsSection<T> section, T value) {
        if (value == null || !section.type().isInstance(value)) {
            throw new InvalidValueException("body", "Settings of section " + section.name() + " are required");
        }
        // Round trip through JSON: what is cached is exactly what a restart would read back.
        T stored = SettingsJson.parse(section, SettingsJson.write(value));
        synchronized (writeLock) {
            Path file = file(section);
            try {
                Files.createDirectories(configDir);
                if (Files.exists(file)) {
                    AtomicFiles.snapshot(file, SaveCopies.bakOf(file));
                }
                AtomicFiles.replace(file, SettingsJson.write(stored));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
            }
            cache.put(section.name(), stored);
        }
        for (Consumer<Object> l : listeners.getOrDefault(section.name(), List.of())) {
            l.accept(stored);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> void onChange(SettingsSection<T> section, Consumer<T> listener) {
        listeners.computeIfAbsent(section.name(), n -> new CopyOnWriteArrayList<>()).add((Consumer<Object>) listener);
    }

    private <T> T load(SettingsSection<T> section) {
        Path file = file(section);
        String name = "Config/" + file.getFileName();
        String problem;
        if (!Files.exists(file)) {
            if (!Files.exists(SaveCopies.bakOf(file))) {
                return section.defaults().get();
            }
            problem = "missing";
        } else {
            try {
                return SettingsJson.parse(section, Files.readAllBytes(file));
            } catch (InvalidValueException e) {
                problem = "unreadable (" + e.field() + ": " + e.getMessage() + ")";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path bak = SaveCopies.bakOf(file);
        try {
            if (Files.exists(bak)) {
                byte[] content = Files.readAllBytes(bak);
                try {
                    T value = SettingsJson.parse(section, content);
                    AtomicFiles.replace(file, content);
                    recoveryLog.accept(name + " was " + problem + "; restored from " + name + ".BAK");
                    return value;
                } catch (InvalidValueException e) {
                    recoveryLog.accept(name + ".BAK is unreadable too (" + e.getMessage() + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recoveryLog.accept(name + " was " + problem + " and has no usable .BAK; using the defaults");
        return section.defaults().get();
    }
}
