package dev.mailroom.app.archfixture;

import dev.mailroom.core.api.AdminClient;
import java.net.URI;

/** A compliant console class for ConsoleArchitectureTest: it reaches the server through the API. */
public final class TalksThroughApi {
    public AdminClient client(URI url, String token) {
        return AdminClient.connect(url, token);
    }
}
