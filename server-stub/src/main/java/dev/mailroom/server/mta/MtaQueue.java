package dev.mailroom.server.mta;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mailroom.server.smtp.OutboundQueue;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The MTA's view of {@code Queues/Outbound/}: for each {@code <id>.json} envelope the SMTP side
 * wrote, the MTA keeps {@code <id>.mta} with what has happened since. Every change rewrites that
 * file atomically (temp, fsync, rename, fsync of the folder), so a kill -9 at any moment leaves
 * either the previous state or the new one, never half of each.
 *
 * <p>Removal order when a message is finished: the {@code .mta} is first rewritten with no pending
 * recipient, then the {@code .MAI}, the {@code .json} and last the {@code .mta} are deleted. A crash
 * in between leaves a state that says "nothing left to do", which {@link #load} cleans up; a
 * state is never deleted while the envelope that would restart the delivery still exists.
 */
public final class MtaQueue {
    static final String STATE = ".mta";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final OutboundQueue outbound;
    private final Path dir;

    public MtaQueue(Path dataDir) {
        this.outbound = new OutboundQueue(dataDir);
        this.dir = outbound.directory();
    }

    public Path message(String id) {
        return dir.resolve(id + ".MAI");
    }

    /** Ids of every complete envelope in the folder (cheap: names only). */
    public List<String> ids() throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                out.add(n.substring(0, n.length() - ".json".length()));
            }
        }
        return out;
    }

    /**
     * The state of a queued message: the saved one, or a new one made from its envelope (due
     * now). Empty when the message is gone or was finished (its leftovers are removed here).
     *
     * @param verified decides from the envelope whether its sender may receive a DSN
     */
    public Optional<QueueItem> load(String id, Instant now, Predicate<OutboundQueue.Envelope> verified) throws IOException {
        Path state = dir.resolve(id + STATE);
        Path env = dir.resolve(id + ".json");
        if (Files.exists(state)) {
            QueueItem item = JSON.readValue(state.toFile(), QueueItem.class);
            if (item.finished()) {
                remove(id);
                return Optional.empty();
            }
            return Optional.of(item);
        }
        if (!Files.exists(env)) {
            return Optional.empty();
        }
        OutboundQueue.Envelope e = JSON.readValue(env.toFile(), OutboundQueue.Envelope.class);
        if (!Files.exists(message(id))) {
            // An envelope always names a complete message (the SMTP side writes it last); a
            // missing .MAI means it was being removed: nothing is left to deliver.
            Files.deleteIfExists(env);
            return Optional.empty();
        }
        return Optional.of(new QueueItem(1, e.id(), e.sender(), e.recipients(), List.of(), List.of(), e.received(),
                e.size(), 0, "", now, verified.test(e), false));
    }

    public void save(QueueItem item) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve(item.id() + STATE + ".tmp");
        Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(item));
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(tmp, dir.resolve(item.id() + STATE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(item.id() + STATE), StandardCopyOption.REPLACE_EXISTING);
        }
        forceDir();
    }

    /** Marks the message finished (crash-safe point), then deletes its files, state last. */
    public void finish(QueueItem item) throws IOException {
        finish(item, false);
    }

    /**
     * As {@link #finish(QueueItem)}; {@code finishedStateSaved} says the state on disk already
     * has no pending recipient (the last acceptance was recorded), which saves one fsync.
     */
    public void finish(QueueItem item, boolean finishedStateSaved) throws IOException {
        if (finishedStateSaved) {
            remove(item.id());
            return;
        }
        QueueItem done = item.pending().isEmpty() ? item
                : new QueueItem(item.version(), item.id(), item.sender(), List.of(), item.delivered(), item.failed(),
                item.queuedAt(), item.size(), item.attempts(), item.lastError(), item.nextAttempt(),
                item.notifySender(), item.delayNotified());
        save(done);
        remove(item.id());
    }

    private void remove(String id) throws IOException {
        // No fsync needed: the saved state already says "finished", so if a crash undoes some
        // of these deletions, load() sees that state and deletes the rest.
        Files.deleteIfExists(message(id));
        Files.deleteIfExists(dir.resolve(id + ".json"));
        Files.deleteIfExists(dir.resolve(id + STATE));
    }

    private void forceDir() {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Platforms that cannot fsync a directory still rename atomically.
        }
    }
}
