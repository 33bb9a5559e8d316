package dev.mailroom.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one TAB file, and when it is missing, truncated or unparsable restores it from
 * {@code .BAK}, else from {@code .SAV} (knowledge base article 23), telling the recovery log
 * which file was restored from what.
 */
final class TabFileLoader {
    private final Path configDir;
    private final Consumer<String> log;
    private final boolean lenient;

    interface Parser<T> {
        T parse(byte[] content) throws TabFormatException;
    }

    /** @param lenient report a damaged file without backup and read it as empty instead of throwing */
    TabFileLoader(Path configDir, Consumer<String> log, boolean lenient) {
        this.configDir = configDir;
        this.log = log;
        this.lenient = lenient;
    }

    /**
     * The parsed file. A file that is missing with no backup at all yields {@code whenAbsent}
     * (and a log line when {@code expected}); a damaged one with no usable backup throws.
     */
    <T> T load(Path file, Parser<T> parser, T whenAbsent, boolean expected) throws IOException {
        String problem;
        if (Files.exists(file)) {
            try {
                return parser.parse(Files.readAllBytes(file));
            } catch (TabFormatException e) {
                problem = "unreadable (" + e.getMessage() + ")";
            }
        } else {
            problem = "missing";
        }
        for (Path backup : new Path[] {SaveCopies.bakOf(file), SaveCopies.savOf(file)}) {
            if (!Files.exists(backup)) {
                continue;
            }
            byte[] content = Files.readAllBytes(backup);
            try {
                T value = parser.parse(content);
                AtomicFiles.replace(file, content);
                log.accept(name(file) + " was " + problem + "; restored from " + name(backup));
                return value;
            } catch (TabFormatException e) {
                log.accept(name(backup) + " is unreadable too (" + e.getMessage() + ")");
            }
        }
        if (problem.equals("missing")) {
            if (expected) {
                log.accept(name(file) + " was missing and has no .BAK or .SAV; starting it empty");
            }
            return whenAbsent;
        }
        String message = name(file) + " is " + problem + " and has no usable .BAK or .SAV";
        if (lenient) {
            log.accept(message + "; read as empty");
            return whenAbsent;
        }
        throw new ConfigUnreadableException(message + ". Run 'recover --data DIR' to rebuild it from the message store.");
    }

    String name(Path file) {
        return "Config/" + configDir.relativize(file).toString().replace('\\', '/');
    }
}
