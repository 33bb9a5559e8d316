package dev.mailroom.server.smtp.auth;

import dev.mailroom.core.auth.AlternateAtCharacters;
import dev.mailroom.core.auth.LoginResolver;
import dev.mailroom.core.auth.LoginResult;
import dev.mailroom.core.directory.DirectoryStore;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.server.smtp.SmtpLog;
import java.net.InetAddress;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Logs in against the directory: admin-core's {@link LoginResolver} turns the login name into a
 * mailbox (article 28's forms; disabled and prevent-auth mailboxes fail there), then
 * {@link DirectoryStore#checkPassword} compares the password in constant time. Why a login
 * failed goes to the debug log only.
 */
public final class DirectoryAuthenticator implements Authenticator {
    private final DirectoryStore directory;
    private final Supplier<String> defaultPostOffice;
    private final SmtpLog log;

    public DirectoryAuthenticator(DirectoryStore directory, Supplier<String> defaultPostOffice, SmtpLog log) {
        this.directory = directory;
        this.defaultPostOffice = defaultPostOffice;
        this.log = log;
    }

    @Override
    public Optional<MailboxRef> login(String loginName, char[] password, InetAddress localAddress) {
        LoginResult r = new LoginResolver(directory, defaultPostOffice.get(), AlternateAtCharacters.NONE)
                .resolve(loginName, localAddress);
        if (!r.succeeded()) {
            log.debug("", "Authentication: " + r.reason());
            return Optional.empty();
        }
        MailboxRef who = r.mailbox().get();
        if (!directory.checkPassword(who, password)) {
            log.debug("", "Authentication: wrong password for " + who);
            return Optional.empty();
        }
        return Optional.of(who);
    }
}
