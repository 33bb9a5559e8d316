package dev.mailroom.server.filters.antivirus;

import dev.mailroom.core.antivirus.ClamdAddress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The ClamAV daemon, spoken to with {@code INSTREAM} over a small pool of session-mode
 * connections. At most {@code poolSize} scans run at once (clamd has its own thread limit,
 * MaxThreads, and queues beyond it); a further scan waits up to the timeout for a connection.
 *
 * <p>clamd's StreamMaxLength is honoured by its own answer: a longer message gets
 * {@code INSTREAM size limit exceeded. ERROR}, which is an {@link ScanResult.Outcome#ERROR},
 * never clean.
 */
public final class ClamdScanner implements VirusScanner {
    private final String name;
    private final ClamdAddress address;
    private final long timeoutMillis;
    private final Semaphore permits;
    private final BlockingQueue<ClamdConnection> idle;
    private final ScheduledExecutorService watchdog;

    public ClamdScanner(String name, ClamdAddress address, long timeoutMillis, int poolSize) {
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize");
        }
        this.name = name;
        this.address = address;
        this.timeoutMillis = timeoutMillis;
        this.permits = new Semaphore(poolSize, true);
        this.idle = new ArrayBlockingQueue<>(poolSize);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clamd-timeout-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ScanResult scan(Path message) {
        try {
            if (!permits.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS)) {
                return ScanResult.error(name, "all " + idleCapacity() + " clamd connections stayed busy for " + timeoutMillis + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ScanResult.error(name, "interrupted while waiting for a clamd connection");
        }
        try {
            return scanHoldingPermit(message);
        } finally {
            permits.release();
        }
    }

    private ScanResult scanHoldingPermit(Path message) {
        // A pooled connection may have been closed by clamd's IdleTimeout since its last use:
        // that failure says nothing about the message, so try once more on a fresh connection.
        for (int attempt = 0; attempt < 2; attempt++) {
            ClamdConnection conn = idle.poll();
            boolean reused = conn != null;
            try {
                if (conn == null) {
                    conn = ClamdConnection.open(address, watchdog, timeoutMillis);
                }
                String reply;
                try (InputStream in = Files.newInputStream(message)) {
                    reply = conn.instream(in);
                }
                ScanResult result = ClamdReply.parse(name, reply);
                if (result.failed()) {
                    // clamd ends the session after an ERROR (size limit, unreadable stream).
                    conn.markBroken();
                }
                giveBack(conn);
                return result;
            } catch (IOException e) {
                if (conn != null) {
                    conn.markBroken();
                    conn.close();
                }
                if (!reused || attempt == 1) {
                    return ScanResult.error(name, "clamd at " + address + ": " + describe(e));
                }
            }
        }
        return ScanResult.error(name, "clamd at " + address + " did not answer");
    }

    @Override
    public ScannerState probe() {
        try (ClamdConnection conn = ClamdConnection.open(address, watchdog, timeoutMillis)) {
            String version = conn.version();
            // "ClamAV 1.4.6/27500/Wed Nov 25 09:25:02 2026"; with a private database only "ClamAV 1.4.6".
            String[] parts = version.split("/", 3);
            return new ScannerState(name, true, parts[0], parts.length == 3 ? parts[2] : "", address.toString());
        } catch (IOException e) {
            return new ScannerState(name, false, "", "", "clamd at " + address + ": " + describe(e));
        }
    }

    @Override
    public void close() {
        ClamdConnection c;
        while ((c = idle.poll()) != null) {
            c.close();
        }
        watchdog.shutdownNow();
    }

    private void giveBack(ClamdConnection conn) {
        if (conn.broken() || !idle.offer(conn)) {
            conn.close();
        }
    }

    private int idleCapacity() {
        return idle.remainingCapacity() + idle.size();
    }

    private static String describe(IOException e) {
        String msg = e.getMessage();
        return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
    }
}
