package dev.mailroom.server.smtp;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the DATA of one message to a spool file with Mailroom's headers in front.
 *
 * <p>Line ends are made CRLF: a bare LF or a bare CR becomes CRLF. The end of DATA itself is
 * recognised by SubEthaSMTP only as CRLF "." CRLF, so {@code \n.\n} or {@code \r.\n} inside the
 * data is content, never the end of the message (SMTP smuggling): what follows it stays in this
 * message and cannot be read as the next command.
 *
 * <p>The size limit is enforced while reading: past it nothing more is written, the rest of the
 * DATA is read and discarded (so the client hears the 552 and the session stays in step), and
 * {@link Result#tooBig()} is true.
 */
final class MessageSpool {
    private MessageSpool() {
    }

    record Result(long size, boolean tooBig, long bytesRead) {
    }

    static Result write(InputStream data, Path file, byte[] headers, long maxBodyBytes) throws IOException {
        long written = 0;
        long read = 0;
        boolean tooBig = false;
        boolean pendingCr = false;
        byte[] buf = new byte[16 * 1024];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            out.write(headers);
            int n;
            while ((n = data.read(buf)) > 0) {
                read += n;
                if (tooBig) {
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (pendingCr) {
                        pendingCr = false;
                        out.write('\r');
                        out.write('\n');
                        written += 2;
                        if (b == '\n') {
                            continue;
                        }
                    }
                    if (b == '\r') {
                        pendingCr = true;
                    } else if (b == '\n') {
                        out.write('\r');
                        out.write('\n');
                        written += 2;
                    } else {
                        out.write(b);
                        written++;
                    }
                }
                if (written > maxBodyBytes) {
                    tooBig = true;
                }
            }
            if (pendingCr && !tooBig) {
                out.write('\r');
                out.write('\n');
                written += 2;
            }
        }
        return new Result(headers.length + written, tooBig, read);
    }
}
