package dev.mailroom.server.filters.antivirus;

import dev.mailroom.core.antivirus.ClamdAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One connection to clamd in session mode ({@code zIDSESSION}), so that a pool can reuse it for
 * many scans. Every command is NUL-terminated ({@code z} prefix) and every reply in a session
 * starts with the request number ({@code "3: stream: OK"}).
 *
 * <p>Reads on a blocking {@link SocketChannel} ignore SO_TIMEOUT, and unix-domain channels have
 * no socket adaptor, so the timeout is a watchdog that closes the channel: a hung clamd turns
 * into an IOException for the waiting scan instead of a stuck SMTP session.
 */
final class ClamdConnection implements AutoCloseable {
    static final int CHUNK = 64 * 1024;
    private final SocketChannel channel;
    private final ScheduledExecutorService watchdog;
    private final long timeoutMillis;
    private int requestId;
    private boolean broken;

    private ClamdConnection(SocketChannel channel, ScheduledExecutorService watchdog, long timeoutMillis) {
        this.channel = channel;
        this.watchdog = watchdog;
        this.timeoutMillis = timeoutMillis;
    }

    static ClamdConnection open(ClamdAddress address, ScheduledExecutorService watchdog, long timeoutMillis)
            throws IOException {
        SocketChannel ch = address.socketAddress() instanceof java.net.UnixDomainSocketAddress
                ? SocketChannel.open(java.net.StandardProtocolFamily.UNIX)
                : SocketChannel.open();
        ClamdConnection c = new ClamdConnection(ch, watchdog, timeoutMillis);
        c.guarded(() -> {
            ch.connect(address.connectable());
            write(ch, "zIDSESSION\0".getBytes(StandardCharsets.US_ASCII));
            return null;
        });
        return c;
    }

    /** Sends {@code VERSION}; clamd answers e.g. {@code ClamAV 1.4.6/27500/Wed Nov 25 09:25:02 2026}. */
    String version() throws IOException {
        return guarded(() -> {
            requestId++;
            write(channel, "zVERSION\0".getBytes(StandardCharsets.US_ASCII));
            return stripId(readReply());
        });
    }

    /** Streams the content with {@code INSTREAM} and returns clamd's verdict text. */
    String instream(InputStream content) throws IOException {
        return guarded(() -> {
            // clamd numbers the commands of a session from 1, not counting IDSESSION itself.
            requestId++;
            write(channel, "zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            byte[] buf = new byte[CHUNK];
            ByteBuffer len = ByteBuffer.allocate(4);
            int n;
            long sent = 0;
            try {
                while ((n = content.readNBytes(buf, 0, buf.length)) > 0) {
                    len.clear();
                    len.putInt(n).flip();
                    writeFully(channel, len);
                    writeFully(channel, ByteBuffer.wrap(buf, 0, n));
                    sent += n;
                }
                len.clear();
                len.putInt(0).flip();
                writeFully(channel, len);
            } catch (IOException writeFailed) {
                if (!channel.isOpen()) {
                    throw writeFailed; // the watchdog closed it: a timeout
                }
                // clamd stops reading and hangs up once a stream passes its StreamMaxLength; its
                // answer may still be waiting to be read.
                broken = true;
                try {
                    return stripId(readReply());
                } catch (IOException noAnswer) {
                    throw new IOException("clamd hung up after " + sent + " bytes of the message, which is what it does"
                            + " past its StreamMaxLength size limit (" + writeFailed.getMessage() + ")", writeFailed);
                }
            }
            return stripId(readReply());
        });
    }

    boolean broken() {
        return broken || !channel.isOpen();
    }

    void markBroken() {
        broken = true;
    }

    @Override
    public void close() {
        try {
            if (channel.isOpen() && !broken) {
                channel.write(ByteBuffer.wrap("zEND\0".getBytes(StandardCharsets.US_ASCII)));
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    private interface Io<T> {
        T run() throws IOException;
    }

    private <T> T guarded(Io<T> io) throws IOException {
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            broken = true;
            try {
                channel.close();
            } catch (IOException ignored) {
                // the waiting read fails with AsynchronousCloseException, which is the point
            }
        }, timeoutMillis, TimeUnit.MILLISECONDS);
        try {
            return io.run();
        } catch (IOException e) {
            broken = true;
            if (!channel.isOpen()) {
                throw new IOException("clamd did not answer within " + timeoutMillis + " ms", e);
            }
            throw e;
        } finally {
            alarm.cancel(false);
        }
    }

    private String readReply() throws IOException {
        // In session mode clamd sends nothing after a reply's NUL until the next command, so
        // reading in blocks never takes bytes that belong to a later reply.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer block = ByteBuffer.allocate(512);
        while (true) {
            block.clear();
            int n = channel.read(block);
            if (n < 0) {
                broken = true;
                if (out.size() > 0) {
                    return out.toString(StandardCharsets.UTF_8);
                }
                throw new IOException("clamd closed the connection without an answer");
            }
            for (int i = 0; i < n; i++) {
                byte b = block.get(i);
                if (b == 0) {
                    return out.toString(StandardCharsets.UTF_8);
                }
                out.write(b);
            }
            if (out.size() > 8192) {
                broken = true;
                throw new IOException("clamd's answer is longer than 8 KiB: not a clamd reply");
            }
        }
    }

    private String stripId(String reply) {
        String prefix = requestId + ": ";
        return reply.startsWith(prefix) ? reply.substring(prefix.length()) : reply;
    }

    private static void write(SocketChannel ch, byte[] data) throws IOException {
        writeFully(ch, ByteBuffer.wrap(data));
    }

    private static void writeFully(SocketChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }
}
