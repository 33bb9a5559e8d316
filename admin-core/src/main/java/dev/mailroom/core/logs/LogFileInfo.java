package dev.mailroom.core.logs;

import java.nio.file.Path;
import java.time.LocalDate;

/** A log file found on disk: which service, kind and day, where, and how big. */
public record LogFileInfo(String service, LogKind kind, LocalDate day, Path path, long size) {
}
