package dev.mailroom.core.relay;

import dev.mailroom.core.directory.DirectoryStore;
import dev.mailroom.core.testing.InMemoryDirectoryStore;

/** The in-memory policy passes the contract the running server must also pass. */
class RelayPolicyContractTest extends RelayDeciderContract {
    @Override
    protected DirectoryStore newDirectory() {
        return new InMemoryDirectoryStore();
    }

    @Override
    protected RelayDecider decider(DirectoryStore directory, RelaySettings relay, SecuritySettings security) {
        return new RelayPolicy(directory, relay, security);
    }
}
