package dev.mailroom.core.auth;

import dev.mailroom.core.access.IpPattern;
import dev.mailroom.core.directory.Directory;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.PostOffice;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.PostOfficeName;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Turns the user name a client sends (SMTP AUTH, POP3 USER, IMAP LOGIN) into a mailbox, the way
 * knowledge base article 28 describes:
 * <ol>
 *   <li>{@code mailbox@postoffice};</li>
 *   <li>an email address in the address map ({@code alice@example.com});</li>
 *   <li>a bare mailbox name: in the post office bound to the local address the client connected
 *       to, if one is bound there, else in the default post office.</li>
 * </ol>
 * A configured alternate character ({@link AlternateAtCharacters}) may stand for the {@code @};
 * if the name does not resolve that way it is tried as a bare name, since some of those
 * characters are legal in mailbox names. A disabled mailbox, a mailbox with "prevent
 * authentication" and a mailbox in a disabled post office cannot log in.
 *
 * <p>Pure: no I/O. The password is the caller's to check ({@code DirectoryStore.checkPassword})
 * against the mailbox found here; the caller answers the same error whichever step failed.
 */
public final class LoginResolver {
    private final Directory directory;
    private final Optional<PostOfficeName> defaultPostOffice;
    private final AlternateAtCharacters alternates;

    /**
     * @param defaultPostOffice the server's default post office ({@code ServerSettings.defaultPostOffice}),
     *                          or empty when none is set
     */
    public LoginResolver(Directory directory, Optional<PostOfficeName> defaultPostOffice, AlternateAtCharacters alternates) {
        this.directory = directory;
        this.defaultPostOffice = defaultPostOffice == null ? Optional.empty() : defaultPostOffice;
        this.alternates = alternates == null ? AlternateAtCharacters.NONE : alternates;
    }

    /** Convenience for callers holding the default post office as a possibly blank string. */
    public LoginResolver(Directory directory, String defaultPostOffice, AlternateAtCharacters alternates) {
        this(directory, blankToEmpty(defaultPostOffice), alternates);
    }

    private static Optional<PostOfficeName> blankToEmpty(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(PostOfficeName.of(name));
    }

    /**
     * @param login        the user name as the client sent it
     * @param localAddress the server address the client connected to (for post office binding);
     *                     may be null when unknown
     */
    public LoginResult resolve(String login, InetAddress localAddress) {
        if (login == null || login.strip().isEmpty()) {
            return LoginResult.failure("Login name is empty");
        }
        String name = login.strip();
        // Names are compared after stripping elsewhere; inner blanks or line breaks are never a login.
        if (name.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return LoginResult.failure("Login name contains spaces or control characters");
        }
        Optional<MailboxRef> found;
        String how;
        int at = name.lastIndexOf('@');
        if (at >= 0) {
            found = qualified(name.substring(0, at), name.substring(at + 1));
            how = "qualified";
        } else {
            int alt = alternates.lastIndexIn(name);
            found = alt >= 0 ? qualified(name.substring(0, alt), name.substring(alt + 1)) : Optional.empty();
            how = "qualified with an alternate '@'";
            if (found.isEmpty()) {
                found = bare(name, localAddress);
                how = "bare";
            }
        }
        if (found.isEmpty()) {
            return LoginResult.failure("Login name (" + name + ") does not name a mailbox");
        }
        return check(found.get(), name, how);
    }

    /** {@code mailbox@postoffice} first (article 28's own form), then the address map. */
    private Optional<MailboxRef> qualified(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        try {
            MailboxRef ref = new MailboxRef(PostOfficeName.of(right), MailboxName.of(left));
            if (directory.mailbox(ref).isPresent()) {
                return Optional.of(ref);
            }
        } catch (InvalidValueException notAName) {
            // Not a post office / mailbox pair; it may still be an email address.
        }
        try {
            return directory.resolve(EmailAddress.of(left + "@" + right));
        } catch (InvalidValueException notAnAddress) {
            return Optional.empty();
        }
    }

    private Optional<MailboxRef> bare(String name, InetAddress localAddress) {
        MailboxName mailbox;
        try {
            mailbox = MailboxName.of(name);
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
        // A post office bound to this address owns every bare name arriving on it (article 28).
        Optional<PostOfficeName> po = boundTo(localAddress).or(() -> defaultPostOffice);
        return po.map(p -> new MailboxRef(p, mailbox)).filter(ref -> directory.mailbox(ref).isPresent());
    }

    private Optional<PostOfficeName> boundTo(InetAddress localAddress) {
        if (localAddress == null) {
            return Optional.empty();
        }
        for (PostOffice po : directory.postOffices()) {
            if (po.boundIp().isEmpty()) {
                continue;
            }
            try {
                if (IpPattern.of(po.boundIp()).matches(localAddress)) {
                    return Optional.of(po.name());
                }
            } catch (InvalidValueException notAnAddress) {
                // A bound IP that does not parse binds nothing.
            }
        }
        return Optional.empty();
    }

    private LoginResult check(MailboxRef ref, String login, String how) {
        Optional<Mailbox> mailbox = directory.mailbox(ref);
        if (mailbox.isEmpty()) {
            return LoginResult.failure("Login name (" + login + ") maps to mailbox " + ref + ", which does not exist");
        }
        Optional<PostOffice> po = directory.postOffice(ref.postOffice());
        if (po.isEmpty() || !po.get().enabled()) {
            return LoginResult.failure("Post office (" + ref.postOffice() + ") of login name (" + login + ") is disabled");
        }
        if (!mailbox.get().enabled()) {
            return LoginResult.failure("Mailbox (" + ref + ") is disabled");
        }
        if (mailbox.get().preventAuth()) {
            return LoginResult.failure("Mailbox (" + ref + ") is not allowed to authenticate");
        }
        return LoginResult.success(ref, "Login name (" + login + ") resolved (" + how + ") to mailbox " + ref);
    }
}
