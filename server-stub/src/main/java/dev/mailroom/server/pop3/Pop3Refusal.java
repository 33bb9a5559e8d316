package dev.mailroom.server.pop3;

/**
 * Thrown by a command (or a helper such as message-number parsing) to answer with a
 * {@code -ERR} reply; the protocol turns it into that reply and the session goes on.
 */
public final class Pop3Refusal extends Exception {
    private final transient Pop3Reply reply;

    public Pop3Refusal(String reason) {
        this(Pop3Reply.err(reason));
    }

    public Pop3Refusal(Pop3Reply reply) {
        super(reply.statusLine(), null, false, false);
        this.reply = reply;
    }

    public Pop3Reply reply() {
        return reply;
    }
}
