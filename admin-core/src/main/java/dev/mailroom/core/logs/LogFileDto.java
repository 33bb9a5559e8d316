package dev.mailroom.core.logs;

import java.time.LocalDate;

/** A log file as the API lists it: {@code kind} is the label (Activity, Debug, W3C). */
public record LogFileDto(String service, String kind, LocalDate day, String name, long size) {
    public static LogFileDto of(LogFileInfo f) {
        return new LogFileDto(f.service(), f.kind().label(), f.day(), f.path().getFileName().toString(), f.size());
    }
}
