package dev.mailroom.core.access;

import dev.mailroom.core.smtp.Replies;
import java.net.InetAddress;
import java.util.Optional;

/**
 * The connect-time check of a connector's Access Control list (knowledge base article 4).
 * Pure: the server calls it in its accept hook before the greeting, the console's tester
 * calls the same method.
 */
public final class AccessControl {
    static final String DENIED_LISTED = "Access Denied: Client IP (%s) matches (%s) in the denied list";
    static final String DENIED_NOT_LISTED = "Access Denied: Client IP (%s) is not in the allowed list";
    static final String ALLOWED_LISTED = "Access Granted: Client IP (%s) matches (%s) in the allowed list";
    static final String ALLOWED_NOT_LISTED = "Access Granted: Client IP (%s) is not in the denied list";

    private AccessControl() {
    }

    public static ConnectVerdict check(InetAddress client, AccessControlSettings settings) {
        String ip = IpAddressLiteral.format(client);
        Optional<IpPattern> hit = settings.patterns().firstMatch(client);
        return switch (settings.mode()) {
            case DENY_LISTED -> hit
                    .map(p -> deny(DENIED_LISTED.formatted(ip, p.text())))
                    .orElseGet(() -> allow(ALLOWED_NOT_LISTED.formatted(ip)));
            case ALLOW_ONLY_LISTED -> hit
                    .map(p -> allow(ALLOWED_LISTED.formatted(ip, p.text())))
                    .orElseGet(() -> deny(DENIED_NOT_LISTED.formatted(ip)));
        };
    }

    private static ConnectVerdict allow(String line) {
        return new ConnectVerdict(true, Optional.empty(), line);
    }

    private static ConnectVerdict deny(String line) {
        return new ConnectVerdict(false, Optional.of(Replies.ACCESS_DENIED), line);
    }
}
