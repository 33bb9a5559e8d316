package dev.mailroom.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BearerTokenTest {
    @TempDir
    Path dir;

    @Test
    void tokensAre256RandomBitsAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String v = BearerToken.random().value();
            assertThat(v).matches("[A-Za-z0-9_-]{43}");
            assertThat(seen.add(v)).isTrue();
        }
    }

    @Test
    void onlyTheExactTokenInABearerHeaderMatches() {
        BearerToken t = BearerToken.random();
        assertThat(t.matchesHeader("Bearer " + t.value())).isTrue();
        assertThat(t.matchesHeader("bearer " + t.value())).as("the scheme is case-insensitive").isTrue();
        assertThat(t.matchesHeader("Bearer " + t.value() + "x")).isFalse();
        assertThat(t.matchesHeader("Bearer " + t.value().substring(1))).isFalse();
        assertThat(t.matchesHeader("Basic " + t.value())).isFalse();
        assertThat(t.matchesHeader(t.value())).isFalse();
        assertThat(t.matchesHeader("Bearer ")).isFalse();
        assertThat(t.matchesHeader(null)).isFalse();
        assertThat(t.toString()).doesNotContain(t.value());
    }

    @Test
    void theFileIsOwnerOnlyAndReplacedWhole() throws Exception {
        Path file = dir.resolve("admin.token");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        BearerToken.writeOwnerOnly(file, "new-token\n");
        assertThat(Files.readString(file)).isEqualTo("new-token\n");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).as("no temporary file left").containsExactly(file);
        }
    }
}
