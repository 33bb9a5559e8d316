package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Pop3Refusal;

/** Commands that take exactly one argument (a message number). */
final class OneArg {
    private OneArg() {
    }

    static String of(String command, String args) throws Pop3Refusal {
        String a = args.strip();
        if (a.isEmpty() || a.contains(" ")) {
            throw new Pop3Refusal(command + " needs exactly one argument: " + command + " message-number");
        }
        return a;
    }
}
