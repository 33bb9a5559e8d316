package dev.mailroom.server.filters.antivirus;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.core.antivirus.QuarantineEntry;
import dev.mailroom.server.filters.FilteredMessage;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Infected messages put aside under {@code Queues/Quarantine}: {@code <id>.MAI} is the message
 * as received, {@code <id>.json} its envelope and the virus name. The JSON is written last, so a
 * message is listed only once both files are complete on disk.
 */
public final class Quarantine {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    public Quarantine(Path dataDir) {
        this.dir = dataDir.resolve("Queues").resolve("Quarantine");
    }

    public QuarantineEntry put(FilteredMessage message, String virusName, String scanner) throws IOException {
        Files.createDirectories(dir);
        String id = safeId(message.messageId());
        Path mai = dir.resolve(id + ".MAI");
        Path tmp = dir.resolve(id + ".MAI.tmp");
        Files.copy(message.file(), tmp, StandardCopyOption.REPLACE_EXISTING);
        fsync(tmp);
        move(tmp, mai);
        QuarantineEntry entry = new QuarantineEntry(message.messageId(), message.sender(), message.recipients(), message.clientIp(),
                virusName, scanner, Files.size(mai), Instant.now().toString());
        Path json = dir.resolve(id + ".json");
        Path jsonTmp = dir.resolve(id + ".json.tmp");
        JSON.writeValue(jsonTmp.toFile(), entry);
        fsync(jsonTmp);
        move(jsonTmp, json);
        fsync(dir);
        return entry;
    }

    public List<QuarantineEntry> list() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<QuarantineEntry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                try {
                    out.add(JSON.readValue(p.toFile(), QuarantineEntry.class));
                } catch (IOException unreadable) {
                    // a damaged entry stays on disk for the administrator; it is not listed
                }
            }
        }
        out.sort(Comparator.comparing(QuarantineEntry::quarantinedAt));
        return out;
    }

    public Optional<Path> message(String messageId) {
        Path p = dir.resolve(safeId(messageId) + ".MAI");
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    public Optional<QuarantineEntry> entry(String messageId) {
        Path p = dir.resolve(safeId(messageId) + ".json");
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(p.toFile(), QuarantineEntry.class));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** The header block of a quarantined message (up to the first empty line), at most 64 KB. */
    public Optional<String> headers(String messageId) throws IOException {
        Optional<Path> file = message(messageId);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        try (var reader = Files.newBufferedReader(file.get(), java.nio.charset.StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = reader.readLine()) != null && !line.isEmpty() && out.length() < 64 * 1024) {
                out.append(line).append('\n');
            }
        }
        return Optional.of(out.toString());
    }

    public boolean delete(String messageId) throws IOException {
        String id = safeId(messageId);
        boolean existed = Files.deleteIfExists(dir.resolve(id + ".json"));
        existed |= Files.deleteIfExists(dir.resolve(id + ".MAI"));
        return existed;
    }

    /** Message ids name files: refuse anything that could leave the directory. */
    static String safeId(String messageId) {
        if (messageId == null || !messageId.matches("[A-Za-z0-9._-]{1,128}") || messageId.contains("..")) {
            throw new IllegalArgumentException("not a message id: " + messageId);
        }
        return messageId;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void fsync(Path p) throws IOException {
        try (FileChannel ch = FileChannel.open(p, Files.isDirectory(p) ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }
}
