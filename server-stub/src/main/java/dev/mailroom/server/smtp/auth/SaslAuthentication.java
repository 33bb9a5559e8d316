package dev.mailroom.server.smtp.auth;

import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.smtp.Replies;
import dev.mailroom.server.smtp.SmtpConnection;
import dev.mailroom.server.smtp.SmtpLog;
import dev.mailroom.server.smtp.wire.Connections;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.subethamail.smtp.AuthenticationHandler;
import org.subethamail.smtp.AuthenticationHandlerFactory;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.RejectException;

/**
 * SMTP AUTH with the PLAIN (RFC 4616) and LOGIN mechanisms. Every failure to log in gets the
 * one reply {@code 535 5.7.8}; a malformed exchange gets {@code 501 5.5.2}. The password is
 * held as a char array and wiped after the check; neither it nor the base64 payload is logged.
 */
public final class SaslAuthentication implements AuthenticationHandlerFactory {
    private static final Base64.Decoder B64 = Base64.getDecoder();
    private final Authenticator authenticator;
    private final SmtpLog log;

    public SaslAuthentication(Authenticator authenticator, SmtpLog log) {
        this.authenticator = authenticator;
        this.log = log;
    }

    @Override
    public List<String> getAuthenticationMechanisms() {
        return List.of("PLAIN", "LOGIN");
    }

    @Override
    public AuthenticationHandler create() {
        return new Exchange();
    }

    private final class Exchange implements AuthenticationHandler {
        private String mechanism;
        private String loginName;
        private MailboxRef identity;

        @Override
        public Optional<String> auth(String clientInput, MessageContext context) throws RejectException {
            if (mechanism == null) {
                String[] parts = clientInput.strip().split("\\s+");
                mechanism = parts[1].toUpperCase(Locale.ROOT);
                String initial = parts.length > 2 ? parts[2] : null;
                if (mechanism.equals("PLAIN")) {
                    return initial == null ? Optional.of("334 ") : plain(initial, context);
                }
                if (initial == null) {
                    return Optional.of("334 " + b64("Username:"));
                }
                loginName = text(initial);
                return Optional.of("334 " + b64("Password:"));
            }
            if (mechanism.equals("PLAIN")) {
                return plain(clientInput.strip(), context);
            }
            if (loginName == null) {
                loginName = text(clientInput.strip());
                return Optional.of("334 " + b64("Password:"));
            }
            char[] password = chars(decode(clientInput.strip()));
            return check(loginName, password, context);
        }

        private Optional<String> plain(String payload, MessageContext context) throws RejectException {
            byte[] raw = decode(payload);
            int first = indexOf(raw, 0);
            int second = first < 0 ? -1 : indexOf(raw, first + 1);
            if (second < 0) {
                Arrays.fill(raw, (byte) 0);
                throw new RejectException(501, "5.5.2 AUTH PLAIN needs authzid NUL authcid NUL password");
            }
            String authcid = new String(raw, first + 1, second - first - 1, StandardCharsets.UTF_8);
            char[] password = chars(Arrays.copyOfRange(raw, second + 1, raw.length));
            Arrays.fill(raw, (byte) 0);
            return check(authcid, password, context);
        }

        private Optional<String> check(String name, char[] password, MessageContext context) throws RejectException {
            SmtpConnection c = Connections.of(context);
            try {
                Optional<MailboxRef> who = authenticator.login(name, password, c.local().getAddress());
                if (who.isEmpty()) {
                    log.debug(c.messageId(), "Authentication failed for login name (" + name + ") from " + c.remoteIp());
                    throw new RejectException(Replies.AUTHENTICATION_FAILED.code(), Replies.AUTHENTICATION_FAILED.message());
                }
                identity = who.get();
                c.authenticated(identity);
                log.debug(c.messageId(), "Authenticated as " + c.account() + " from " + c.remoteIp());
                return Optional.empty();
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        @Override
        public Object getIdentity() {
            return identity;
        }
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] decode(String s) throws RejectException {
        try {
            return B64.decode(s);
        } catch (IllegalArgumentException e) {
            throw new RejectException(501, "5.5.2 Cannot decode the base64 response");
        }
    }

    private static String text(String b64) throws RejectException {
        return new String(decode(b64), StandardCharsets.UTF_8);
    }

    private static char[] chars(byte[] utf8) throws RejectException {
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8));
            char[] out = new char[cb.remaining()];
            cb.get(out);
            Arrays.fill(cb.array(), '\0');
            return out;
        } catch (CharacterCodingException e) {
            throw new RejectException(501, "5.5.2 The password is not UTF-8");
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.US_ASCII));
    }
}
