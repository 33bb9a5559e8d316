package dev.mailroom.core.access;

import dev.mailroom.core.model.InvalidValueException;

/**
 * The Access Control tab of a connector (knowledge base article 4): an IP list and whether it
 * lists who is refused or the only ones let in. The default refuses nobody.
 */
public record AccessControlSettings(AccessMode mode, IpPatternList patterns) {
    public AccessControlSettings {
        mode = mode == null ? AccessMode.DENY_LISTED : mode;
        patterns = patterns == null ? IpPatternList.empty() : patterns;
        if (mode == AccessMode.ALLOW_ONLY_LISTED && patterns.isEmpty()) {
            throw new InvalidValueException("patterns",
                    "\"Allow only the listed\" with an empty list would refuse every client; add at least one address");
        }
    }

    public static AccessControlSettings defaults() {
        return new AccessControlSettings(AccessMode.DENY_LISTED, IpPatternList.empty());
    }
}
