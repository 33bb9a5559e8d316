package dev.mailroom.server.pop3;

import dev.mailroom.server.pop3.command.ApopCommand;
import dev.mailroom.server.pop3.command.AuthCommand;
import dev.mailroom.server.pop3.command.CapaCommand;
import dev.mailroom.server.pop3.command.DeleCommand;
import dev.mailroom.server.pop3.command.ListCommand;
import dev.mailroom.server.pop3.command.NoopCommand;
import dev.mailroom.server.pop3.command.PassCommand;
import dev.mailroom.server.pop3.command.QuitCommand;
import dev.mailroom.server.pop3.command.RetrCommand;
import dev.mailroom.server.pop3.command.RsetCommand;
import dev.mailroom.server.pop3.command.StatCommand;
import dev.mailroom.server.pop3.command.StlsCommand;
import dev.mailroom.server.pop3.command.TopCommand;
import dev.mailroom.server.pop3.command.UidlCommand;
import dev.mailroom.server.pop3.command.UserCommand;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The protocol engine: turns one command line into one reply. It looks the keyword up in the
 * command registry, checks that the command is valid in the session's state and lets the
 * command answer. Anything malformed or out of state is a {@code -ERR} with the reason, and the
 * session goes on. No sockets here: tests and the benchmark drive it with strings.
 */
public final class Pop3Protocol {
    /** RFC 2449 section 4: a command line is at most 255 octets including CRLF. */
    public static final int MAX_COMMAND_LINE = 255;
    /** A SASL response line may be longer (base64 of name and password). */
    public static final int MAX_SASL_LINE = 4096;

    /** One command and its answer, with the arguments as they may be logged (no secrets). */
    public record Exchange(String verb, String loggedArgs, Pop3Reply reply) {
    }

    private final Map<String, Pop3Command> commands = new LinkedHashMap<>();

    public Pop3Protocol(List<Pop3Command> registry) {
        for (Pop3Command c : registry) {
            commands.put(c.name(), c);
        }
    }

    /** RFC 1939 in full (APOP refused with a reason), CAPA, STLS and AUTH PLAIN. */
    public static Pop3Protocol standard() {
        return new Pop3Protocol(List.of(new UserCommand(), new PassCommand(), new AuthCommand(), new ApopCommand(),
                new StlsCommand(), new CapaCommand(), new StatCommand(), new ListCommand(), new RetrCommand(),
                new TopCommand(), new DeleCommand(), new NoopCommand(), new RsetCommand(), new UidlCommand(),
                new QuitCommand()));
    }

    public static Pop3Reply greeting() {
        return Pop3Reply.ok("Mailroom POP3 server ready");
    }

    /** The answer to a line longer than the limit (its rest was discarded by the reader). */
    public static Exchange lineTooLong() {
        return new Exchange("", "", Pop3Reply.err("Line too long: a command line is at most "
                + MAX_COMMAND_LINE + " octets"));
    }

    /** The longest line the reader should accept next: longer while a SASL response is awaited. */
    public static int lineLimit(Pop3Session session) {
        return session.saslPending() ? MAX_SASL_LINE : MAX_COMMAND_LINE;
    }

    public Exchange handle(Pop3Session session, String line) {
        Pop3Session.SaslStep sasl = session.takeSaslStep();
        if (sasl != null) {
            try {
                return new Exchange("AUTH", "****", sasl.respond(session, line));
            } catch (IOException storeFailed) {
                return new Exchange("AUTH", "****", Pop3Reply.err("[SYS/TEMP] The mail store cannot be read now: "
                        + storeFailed.getClass().getSimpleName()));
            }
        }
        int space = line.indexOf(' ');
        String keyword = (space < 0 ? line : line.substring(0, space)).toUpperCase(Locale.ROOT);
        String args = space < 0 ? "" : line.substring(space + 1);
        if (keyword.isBlank()) {
            return new Exchange("", "", Pop3Reply.err("Empty command"));
        }
        Pop3Command command = commands.get(keyword);
        if (command == null) {
            String shown = keyword.length() > 20 ? keyword.substring(0, 20) + "..." : keyword;
            return new Exchange(shown, "", Pop3Reply.err("Unknown command " + printable(shown)));
        }
        String logged = command.loggedArgs(args);
        if (!command.validIn().contains(session.state())) {
            return new Exchange(keyword, logged, Pop3Reply.err(keyword + " is not valid in the "
                    + session.state() + " state" + hint(session.state())));
        }
        try {
            return new Exchange(keyword, logged, command.execute(session, args));
        } catch (Pop3Refusal refusal) {
            return new Exchange(keyword, logged, refusal.reply());
        } catch (IOException storeFailed) {
            // Commands touch only the message store, never the socket: a disk problem is this
            // command's failure, and the session goes on (RFC 3206 SYS/TEMP: try again later).
            return new Exchange(keyword, logged, Pop3Reply.err("[SYS/TEMP] The mail store cannot be read now: "
                    + storeFailed.getClass().getSimpleName()));
        }
    }

    private static String hint(Pop3State state) {
        return state == Pop3State.AUTHORIZATION ? "; log in first" : "; already logged in";
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.append(c >= 0x20 && c < 0x7F ? (char) c : '?'));
        return b.toString();
    }
}
