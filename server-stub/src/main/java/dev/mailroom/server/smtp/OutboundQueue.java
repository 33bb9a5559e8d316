package dev.mailroom.server.smtp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Messages accepted for remote recipients, waiting for the MTA: {@code Queues/Outbound/<id>.MAI}
 * (the message as received, CRLF) and {@code <id>.json} (the envelope). The message file is
 * written and fsynced first, then the envelope atomically (temp, fsync, rename), so an envelope
 * that exists always names a complete message; a {@code .MAI} without envelope is an aborted
 * write the MTA may delete. The format is documented in docs/CONFIG.md.
 */
public final class OutboundQueue {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Path dir;

    public OutboundQueue(Path dataDir) {
        this.dir = dataDir.resolve("Queues").resolve("Outbound");
    }

    public Path directory() {
        return dir;
    }

    /**
     * The envelope of one queued message.
     *
     * @param sender        envelope sender, empty for the null sender
     * @param recipients    remote addresses to deliver to
     * @param authenticated {@code mailbox@postoffice} that submitted it, or empty
     */
    public record Envelope(int version, String id, String sender, List<String> recipients, Instant received,
                           String clientIp, String authenticated, long size) {
    }

    public Envelope enqueue(String id, String sender, List<String> recipients, Path message, Instant received,
                            String clientIp, String authenticated) throws IOException {
        Files.createDirectories(dir);
        Path mai = dir.resolve(id + ".MAI");
        Path tmpMai = dir.resolve(id + ".MAI.tmp");
        Files.copy(message, tmpMai, StandardCopyOption.REPLACE_EXISTING);
        force(tmpMai);
        move(tmpMai, mai);
        Envelope env = new Envelope(1, id, sender, List.copyOf(recipients), received, clientIp, authenticated, Files.size(mai));
        Path tmpJson = dir.resolve(id + ".json.tmp");
        Files.write(tmpJson, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(env));
        force(tmpJson);
        move(tmpJson, dir.resolve(id + ".json"));
        forceDir(dir);
        return env;
    }

    /** Every complete queued message, oldest first. */
    public List<Envelope> list() throws IOException {
        List<Envelope> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : ds) {
                try {
                    out.add(JSON.readValue(p.toFile(), Envelope.class));
                } catch (IOException unreadable) {
                    // Being removed by the MTA while we read it: not listed.
                }
            }
        }
        out.sort(Comparator.comparing(Envelope::received).thenComparing(Envelope::id));
        return out;
    }

    private static void force(Path p) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void forceDir(Path d) {
        try (FileChannel ch = FileChannel.open(d, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Platforms that cannot fsync a directory still rename atomically.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileSystemException e) {
            throw e;
        }
    }
}
