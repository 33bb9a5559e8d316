package dev.mailroom.server.smtp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Puts the header lines filters add (e.g. {@code X-Mailroom-Virus-Scan: clean (ClamAV)}) on
 * top of a spooled message, next to Mailroom's trace headers, by writing a new spool file and
 * renaming it over the old one: delivery only ever reads a complete file.
 */
final class FilterHeaders {
    private FilterHeaders() {
    }

    /** Returns the new size of the spool file. */
    static long prepend(Path spool, List<String> headers) throws IOException {
        Path tmp = spool.resolveSibling(spool.getFileName() + ".hdr");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            for (String h : headers) {
                // A header value never contains a line break of its own: that would start a new header.
                out.write(h.replace("\r", " ").replace("\n", " ").getBytes(StandardCharsets.UTF_8));
                out.write(new byte[] {'\r', '\n'});
            }
            Files.copy(spool, out);
        }
        // No fsync: the spool file is transient; the copies delivery writes are fsynced before 250.
        try {
            Files.move(tmp, spool, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, spool, StandardCopyOption.REPLACE_EXISTING);
        }
        return Files.size(spool);
    }
}
