package dev.mailroom.core.directory;

import dev.mailroom.core.model.PostOfficeName;

/**
 * A post office: a tenant holding domains and mailboxes.
 *
 * @param boundIp optional local IP address; a bare login name arriving on it belongs to this
 *                post office (knowledge base article 28). Empty string when unset.
 */
public record PostOffice(PostOfficeName name, boolean enabled, String boundIp) {
    public PostOffice {
        boundIp = boundIp == null ? "" : boundIp.strip();
    }
}
