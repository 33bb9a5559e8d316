package dev.mailroom.server.mta;

/**
 * What happened to one recipient in one delivery attempt.
 *
 * @param reply the remote server's reply line (or our own description of a connection failure)
 * @param remoteHost the host that gave the answer, for the bounce's Remote-MTA field
 */
public record RecipientOutcome(String recipient, Status status, String reply, String remoteHost) {
    public enum Status {
        /** The remote server took responsibility (250). */
        DELIVERED,
        /** 4xx, a connection failure, a timeout: try again later. */
        RETRY,
        /** 5xx: give up on this recipient now. */
        FAILED
    }

    public static RecipientOutcome of(String recipient, int code, String reply, String remoteHost) {
        Status s = code >= 200 && code < 300 ? Status.DELIVERED : code >= 500 ? Status.FAILED : Status.RETRY;
        return new RecipientOutcome(recipient, s, reply, remoteHost);
    }

    /** The enhanced status code for a DSN, taken from the reply when it carries one. */
    public String enhancedStatus() {
        String[] parts = reply == null ? new String[0] : reply.strip().split(" ", 3);
        if (parts.length >= 2 && parts[1].matches("[245]\\.\\d{1,3}\\.\\d{1,3}")) {
            return parts[1];
        }
        return switch (status) {
            case DELIVERED -> "2.0.0";
            case RETRY -> "4.0.0";
            case FAILED -> "5.0.0";
        };
    }
}
