package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Pop3Refusal;

/** Commands that take no argument refuse one rather than ignore it. */
final class NoArgs {
    private NoArgs() {
    }

    static void check(String command, String args) throws Pop3Refusal {
        if (!args.isBlank()) {
            throw new Pop3Refusal(command + " takes no arguments");
        }
    }
}
