package dev.mailroom.core.relay;

import dev.mailroom.core.directory.DirectoryStore;
import dev.mailroom.core.testing.TestDirectories;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The in-memory policy over the real file-backed directory passes the contract the running server must also pass. */
class RelayPolicyContractTest extends RelayDeciderContract {
    @TempDir
    Path dataDir;

    @Override
    protected DirectoryStore newDirectory() {
        return TestDirectories.configStore(dataDir);
    }

    @Override
    protected RelayDecider decider(DirectoryStore directory, RelaySettings relay, SecuritySettings security) {
        return new RelayPolicy(directory, relay, security);
    }
}
