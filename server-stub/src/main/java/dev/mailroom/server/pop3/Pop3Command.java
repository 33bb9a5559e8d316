package dev.mailroom.server.pop3;

import java.io.IOException;
import java.util.Set;

/**
 * One POP3 command. The registry checks {@link #validIn()} before calling it, so a command
 * only handles its own state's logic.
 */
public interface Pop3Command {
    /** Upper-case keyword, e.g. {@code RETR}. */
    String name();

    Set<Pop3State> validIn();

    /**
     * @param args everything after the keyword and one space, unparsed (PASS may contain spaces)
     */
    Pop3Reply execute(Pop3Session session, String args) throws Pop3Refusal, IOException;

    /** How the arguments appear in logs; PASS and AUTH override this to hide secrets. */
    default String loggedArgs(String args) {
        return args;
    }
}
