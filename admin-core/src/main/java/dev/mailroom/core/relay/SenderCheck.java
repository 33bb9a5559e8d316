package dev.mailroom.core.relay;

import dev.mailroom.core.directory.Directory;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.smtp.Replies;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The MAIL FROM checks of the Security tab (article 24's address spoofing prevention):
 * <ul>
 *   <li>a client that logged in may only send as one of its own mailbox's addresses
 *       ({@code 553 5.7.1});</li>
 *   <li>a client that did not log in may not use a sender address in a domain served here
 *       ({@code 530 5.7.0}), unless it connects from a privileged relay IP while that relay
 *       right is on: article 25's applications on the server send as local addresses.</li>
 * </ul>
 * The null sender {@code <>} (bounces, RFC 5321) always passes.
 */
final class SenderCheck {
    private SenderCheck() {
    }

    /** The sender as parsed: empty for the null sender. Throws for a malformed address. */
    static Optional<EmailAddress> parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(EmailAddress.of("sender", s));
    }

    static SenderDecision check(Directory directory, RelaySettings relay, SecuritySettings security,
                                InetAddress clientIp, Optional<MailboxRef> authenticated, String rawSender) {
        Optional<EmailAddress> sender;
        try {
            sender = parse(rawSender);
        } catch (InvalidValueException e) {
            return new SenderDecision(false, Replies.BAD_SENDER_SYNTAX, List.of(RelayLogLines.BAD_SENDER.formatted(rawSender)));
        }
        if (sender.isEmpty()) {
            return accepted("<>");
        }
        EmailAddress from = sender.get();
        if (authenticated.isPresent()) {
            if (security.authenticatedMustUseOwnAddress()
                    && !directory.resolve(from).equals(authenticated)) {
                return new SenderDecision(false, Replies.senderNotOwned(from.toString()),
                        List.of(RelayLogLines.SENDER_NOT_OWNED.formatted(authenticated.get(), from)));
            }
            return accepted(from.toString());
        }
        if (security.localSendersMustAuthenticate() && isLocal(directory, from)
                && !(relay.allowPrivilegedRanges() && relay.privilegedRanges().matches(clientIp))) {
            return new SenderDecision(false, Replies.AUTHENTICATION_REQUIRED,
                    List.of(RelayLogLines.SENDER_MUST_AUTHENTICATE.formatted(from)));
        }
        return accepted(from.toString());
    }

    private static boolean isLocal(Directory directory, EmailAddress address) {
        return directory.domain(address.domain()).isPresent() || directory.resolve(address).isPresent();
    }

    private static SenderDecision accepted(String sender) {
        return new SenderDecision(true, Replies.SENDER_OK, List.of(RelayLogLines.SENDER_ACCEPTED.formatted(sender)));
    }
}
