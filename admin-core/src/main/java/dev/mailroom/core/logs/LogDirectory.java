package dev.mailroom.core.logs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The log files under a data directory's {@code Logging/}, found by their names only. */
public final class LogDirectory {
    private final Path dataDir;

    public LogDirectory(Path dataDir) {
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Every log file of {@code service}, newest day first, then Activity, Debug, W3C. */
    public List<LogFileInfo> list(String service) throws IOException {
        Path dir = LogFileNames.directory(dataDir, service);
        List<LogFileInfo> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.log")) {
            for (Path p : files) {
                Optional<LogFileNames.LogFileName> name = LogFileNames.parse(p.getFileName().toString());
                if (name.isPresent() && name.get().service().equals(service)) {
                    long size;
                    try {
                        size = Files.size(p);
                    } catch (NoSuchFileException gone) {
                        continue;
                    }
                    out.add(new LogFileInfo(service, name.get().kind(), name.get().day(), p, size));
                }
            }
        } catch (NoSuchFileException none) {
            return List.of();
        }
        out.sort(Comparator.comparing(LogFileInfo::day).reversed().thenComparing(LogFileInfo::kind));
        return out;
    }

    /** The days that have a log of that kind, newest first. */
    public List<LocalDate> days(String service, LogKind kind) throws IOException {
        return list(service).stream().filter(f -> f.kind() == kind).map(LogFileInfo::day).toList();
    }

    public Path path(String service, LogKind kind, LocalDate day) {
        return LogFileNames.path(dataDir, service, kind, day);
    }

    /** The first day after {@code day} that has a file of that kind (where a rotated log went on). */
    public Optional<LocalDate> nextDay(String service, LogKind kind, LocalDate day) throws IOException {
        if (Files.exists(path(service, kind, day.plusDays(1)))) {
            return Optional.of(day.plusDays(1));
        }
        return days(service, kind).stream().filter(d -> d.isAfter(day)).min(Comparator.naturalOrder());
    }
}
