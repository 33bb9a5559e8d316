package dev.mailroom.server.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The admin API's secret: 256 random bits, new at every start, written where only the owner
 * of the data directory can read it. Comparison hashes both sides first, so it takes the same
 * time whatever the length or content of the guess.
 */
public final class BearerToken {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final String value;
    private final byte[] digest;

    private BearerToken(String value) {
        this.value = value;
        this.digest = sha256(value);
    }

    public static BearerToken random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new BearerToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token text; only for writing {@code admin.token}. Never log it. */
    public String value() {
        return value;
    }

    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(candidate));
    }

    /** Checks an {@code Authorization: Bearer ...} header value. */
    public boolean matchesHeader(String header) {
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return matches(header.substring(7).strip());
    }

    /**
     * Writes {@code text} to {@code file} with mode 0600 from the moment it exists (a temporary
     * file created with those permissions, then renamed), so no other user can ever read it.
     */
    public static void writeOwnerOnly(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp;
        try {
            Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rw-------");
            tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp",
                    PosixFilePermissions.asFileAttribute(perms));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the file inherits the directory's ACL.
            tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        }
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "BearerToken[hidden]";
    }
}
