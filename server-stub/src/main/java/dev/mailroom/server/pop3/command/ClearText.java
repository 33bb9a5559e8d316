package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Pop3Refusal;

/** The one refusal for a password sent in clear before STLS (RFC 2595 section 4, RFC 3206). */
final class ClearText {
    private ClearText() {
    }

    static Pop3Refusal refusal() {
        return new Pop3Refusal("[AUTH] Plain-text login is not allowed on this unencrypted connection; use STLS first");
    }
}
