package dev.mailroom.server.pop3;

import dev.mailroom.core.auth.AlternateAtCharacters;
import dev.mailroom.core.auth.LoginResolver;
import dev.mailroom.core.directory.DirectoryStore;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.PasswordHasher;
import dev.mailroom.core.model.PostOfficeName;
import java.net.InetAddress;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * POP3 logins against the directory: the policy's {@link LoginResolver} turns the name into a
 * mailbox (the same rules as SMTP AUTH, article 28, alternate {@code @} characters), then the
 * directory checks the password hash. Settings are read per login so changes apply at once.
 */
public final class DirectoryAuthenticator implements Pop3Authenticator {
    /** Checked against when the name resolves to nothing, so both failures take the same time. */
    private static final String DECOY_HASH = new PasswordHasher().hash("decoy".toCharArray());

    private final DirectoryStore directory;
    private final Supplier<Optional<PostOfficeName>> defaultPostOffice;
    private final Supplier<String> alternateAt;

    public DirectoryAuthenticator(DirectoryStore directory, Supplier<Optional<PostOfficeName>> defaultPostOffice,
                                  Supplier<String> alternateAt) {
        this.directory = directory;
        this.defaultPostOffice = defaultPostOffice;
        this.alternateAt = alternateAt;
    }

    @Override
    public LoginResult authenticate(String loginName, char[] password, InetAddress localAddress) {
        LoginResolver resolver = new LoginResolver(directory, defaultPostOffice.get(),
                AlternateAtCharacters.of(alternateAt.get()));
        dev.mailroom.core.auth.LoginResult resolved = resolver.resolve(loginName, localAddress);
        if (!resolved.succeeded()) {
            new PasswordHasher().verify(password, DECOY_HASH);
            return new LoginResult.Refused(resolved.reason());
        }
        MailboxRef typed = resolved.mailbox().orElseThrow();
        // The resolver keeps the case the client typed (ALICE@ACME); the store's folders are
        // named as the directory spells them, so continue with the directory's own spelling.
        MailboxRef mailbox = directory.mailbox(typed).map(Mailbox::ref).orElse(typed);
        if (!directory.checkPassword(mailbox, password)) {
            return new LoginResult.Refused("Wrong password for mailbox " + mailbox + " (login name " + loginName + ")");
        }
        return new LoginResult.Accepted(mailbox);
    }
}
