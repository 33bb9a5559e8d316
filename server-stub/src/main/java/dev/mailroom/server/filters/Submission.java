package dev.mailroom.server.filters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The server's own delivery, for messages a filter sends or releases: notices to the
 * administrator and local recipients, and quarantined messages released by the administrator.
 * Local addresses go to their mailboxes, others to the outbound queue, exactly as an accepted
 * SMTP message does. Nothing submitted here passes the filters again.
 */
public interface Submission {
    /**
     * Delivers the message file (left in place) and answers the id it was delivered under.
     *
     * @param sender envelope sender, empty for the null sender (used for notices, so that they
     *               can never cause a bounce)
     */
    String submit(String sender, List<String> recipients, Path message) throws IOException;

    /** The host name the server greets with, for the From: of notices. */
    String hostName();
}
