package dev.mailroom.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockTest {
    @TempDir
    Path dataDir;

    @Test
    void aSecondHolderInAnotherProcessIsRefusedWithTheHoldersPid() throws Exception {
        Process child = ChildJvm.start(LockHolderMain.class, dataDir.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> DataDirLock.acquire(dataDir))
                    .isInstanceOf(DataDirLock.HeldException.class)
                    .hasMessage("Data directory " + dataDir + " is in use by another Mailroom server (PID "
                            + child.pid() + ")");
        } finally {
            child.getOutputStream().close();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        // The holder has gone: the directory is free again.
        try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
            assertThat(lock).isNotNull();
        }
    }

    @Test
    void aKilledHolderLeavesNoStaleLock() throws Exception {
        Process child = ChildJvm.start(LockHolderMain.class, dataDir.toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("locked");
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
            assertThat(lock).isNotNull();
        }
    }

    @Test
    void aRefusedSecondAttemptInTheSameProcessKeepsTheFirstLock() throws Exception {
        try (DataDirLock first = DataDirLock.acquire(dataDir)) {
            assertThatThrownBy(() -> DataDirLock.acquire(dataDir)).isInstanceOf(DataDirLock.HeldException.class)
                    .hasMessageContaining("PID " + ProcessHandle.current().pid());
            // POSIX drops a process's locks when any descriptor of the file closes: check that the
            // refused attempt did not, by asking another process.
            Process child = ChildJvm.start(LockHolderMain.class, dataDir.toString());
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isNotZero();
        }
        DataDirLock.acquire(dataDir).close();
    }
}
