package dev.mailroom.server.mta;

import java.util.List;

/**
 * Where one destination's recipients go in this attempt: hosts to try in order, or a reason
 * why none can be tried (permanent: fail the recipients; temporary: retry later).
 */
public sealed interface Route {
    /** Targets in the order to try them: MX preference, then each host's addresses. */
    record Try(String destination, List<OutboundSession.Target> targets) implements Route {
        public Try {
            targets = List.copyOf(targets);
        }
    }

    record Permanent(String destination, String reason) implements Route {
    }

    record Temporary(String destination, String reason) implements Route {
    }
}
