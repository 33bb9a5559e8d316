package dev.mailroom.app.archfixture;

import dev.mailroom.server.service.ServiceRegistry;

/** A deliberate violation for ConsoleArchitectureTest: a console class reaching into the server. */
public final class ReachesIntoServer {
    public int services() {
        return ServiceRegistry.factories().size();
    }
}
