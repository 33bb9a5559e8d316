package dev.mailroom.server.pop3.command;

import dev.mailroom.server.pop3.Pop3Command;
import dev.mailroom.server.pop3.Pop3Refusal;
import dev.mailroom.server.pop3.Pop3Reply;
import dev.mailroom.server.pop3.Pop3Session;
import dev.mailroom.server.pop3.Pop3State;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * AUTH PLAIN (RFC 5034 with RFC 4616): with an initial response on the command line or after a
 * {@code +} continuation; {@code *} cancels. Bare AUTH lists the mechanisms, as clients such as
 * Outlook expect.
 */
public final class AuthCommand implements Pop3Command {
    @Override
    public String name() {
        return "AUTH";
    }

    @Override
    public Set<Pop3State> validIn() {
        return States.AUTHORIZATION;
    }

    @Override
    public Pop3Reply execute(Pop3Session session, String args) throws Pop3Refusal, IOException {
        String[] words = args.strip().split(" +");
        if (words[0].isEmpty()) {
            return Pop3Reply.lines("Supported mechanisms follow", List.of("PLAIN"));
        }
        if (!words[0].toUpperCase(Locale.ROOT).equals("PLAIN")) {
            throw new Pop3Refusal("Unsupported authentication mechanism " + words[0] + "; use PLAIN");
        }
        if (words.length > 2) {
            throw new Pop3Refusal("AUTH PLAIN takes at most one initial response");
        }
        if (!session.clearTextLoginAllowed()) {
            throw ClearText.refusal();
        }
        if (words.length == 2) {
            return plain(session, words[1]);
        }
        session.expectSasl(AuthCommand::plain);
        return Pop3Reply.challenge("");
    }

    /** Decodes {@code [authzid] NUL authcid NUL passwd} and logs in as authcid. */
    private static Pop3Reply plain(Pop3Session session, String response) throws IOException {
        String r = response.strip();
        if (r.equals("*")) {
            return Pop3Reply.err("AUTH cancelled by the client");
        }
        byte[] decoded;
        try {
            // RFC 5034: "=" is an empty initial response.
            decoded = r.equals("=") ? new byte[0] : Base64.getDecoder().decode(r);
        } catch (IllegalArgumentException e) {
            return Pop3Reply.err("AUTH PLAIN response is not valid base64");
        }
        try {
            int first = indexOf(decoded, 0);
            int second = first < 0 ? -1 : indexOf(decoded, first + 1);
            if (second < 0) {
                return Pop3Reply.err("AUTH PLAIN response must be authzid NUL authcid NUL password");
            }
            String authzid = utf8(decoded, 0, first);
            String authcid = utf8(decoded, first + 1, second);
            char[] password = chars(decoded, second + 1, decoded.length);
            if (authcid.isEmpty() || password.length == 0) {
                Arrays.fill(password, '\0');
                return Pop3Reply.err("AUTH PLAIN needs a login name and a password");
            }
            if (!authzid.isEmpty() && !authzid.equals(authcid)) {
                Arrays.fill(password, '\0');
                return Pop3Reply.err("[AUTH] Logging in as another user (authorization identity) is not permitted");
            }
            return session.login(authcid, password);
        } catch (CharacterCodingException e) {
            return Pop3Reply.err("AUTH PLAIN response is not UTF-8");
        } finally {
            Arrays.fill(decoded, (byte) 0);
        }
    }

    private static int indexOf(byte[] a, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String utf8(byte[] a, int from, int to) throws CharacterCodingException {
        return new String(chars(a, from, to));
    }

    private static char[] chars(byte[] a, int from, int to) throws CharacterCodingException {
        CharBuffer cb = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(a, from, to - from));
        char[] out = Arrays.copyOf(cb.array(), cb.limit());
        Arrays.fill(cb.array(), '\0');
        return out;
    }

    @Override
    public String loggedArgs(String args) {
        String[] words = args.strip().split(" +");
        return words.length > 1 ? words[0] + " ****" : args;
    }
}
