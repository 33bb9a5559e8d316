package dev.mailroom.core.smtp;

/**
 * What the console's "Test relay…" sends to {@code POST /api/v1/smtp/relay-test}.
 *
 * @param clientIp        the client address to pretend the message comes from
 * @param authenticatedAs a login name (any form of article 28) when the client is to be taken as
 *                        authenticated, empty when not
 */
public record RelayTestRequest(String clientIp, String authenticatedAs, String sender, String recipient) {
    public RelayTestRequest {
        clientIp = clientIp == null ? "" : clientIp.strip();
        authenticatedAs = authenticatedAs == null ? "" : authenticatedAs.strip();
        sender = sender == null ? "" : sender.strip();
        recipient = recipient == null ? "" : recipient.strip();
    }
}
