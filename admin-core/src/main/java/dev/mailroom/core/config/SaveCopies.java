package dev.mailroom.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps {@code <file>.SAV}: the version of a file with the most entries ever written (knowledge
 * base article 23). If a bug or a mistaken bulk delete empties a file, the .SAV still holds
 * every account that existed at the high-water mark. Counts are read from disk once per file.
 */
final class SaveCopies {
    private final Map<Path, Integer> counts = new HashMap<>();

    static Path savOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".SAV");
    }

    static Path bakOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".BAK");
    }

    /** Called after {@code file} was replaced by a version holding {@code entries} lines. */
    synchronized void written(Path file, int entries) throws IOException {
        Path sav = savOf(file);
        Integer known = counts.get(file);
        if (known == null) {
            known = Files.exists(sav) ? countLines(sav) : -1;
        }
        if (entries >= known) {
            AtomicFiles.snapshot(file, sav);
            counts.put(file, entries);
        } else {
            counts.put(file, known);
        }
    }

    static int countLines(Path file) throws IOException {
        int n = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
