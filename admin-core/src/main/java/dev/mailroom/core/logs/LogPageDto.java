package dev.mailroom.core.logs;

import java.util.List;

/** A page of lines: see {@link LogPage} for start, end and fileSize. */
public record LogPageDto(List<LogLineDto> lines, long start, long end, long fileSize, boolean atEnd) {
    public LogPageDto {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
