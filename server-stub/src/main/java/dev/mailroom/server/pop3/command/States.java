package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Pop3State;
import java.util.EnumSet;
import java.util.Set;

/** The state sets commands are valid in. */
final class States {
    static final Set<Pop3State> AUTHORIZATION = EnumSet.of(Pop3State.AUTHORIZATION);
    static final Set<Pop3State> TRANSACTION = EnumSet.of(Pop3State.TRANSACTION);
    static final Set<Pop3State> BOTH = EnumSet.of(Pop3State.AUTHORIZATION, Pop3State.TRANSACTION);

    private States() {
    }
}
