package dev.mailroom.server.admin;

import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.PostOfficeName;
import java.util.function.Function;

/**
 * Turns the names in a request path into value types. A name that cannot be valid (a {@code ..}
 * or a control character) is a 400 naming the path parameter, not a 404.
 */
final class PathNames {
    private PathNames() {
    }

    static PostOfficeName postOffice(ApiRequest r) {
        return parse("postOffice", r.param("po"), PostOfficeName::of);
    }

    static MailboxName mailbox(ApiRequest r) {
        return parse("mailbox", r.param("mailbox"), MailboxName::of);
    }

    static MailboxRef mailboxRef(ApiRequest r) {
        return new MailboxRef(postOffice(r), mailbox(r));
    }

    static DomainName domain(ApiRequest r) {
        return DomainName.of("domain", r.param("domain"));
    }

    static EmailAddress address(ApiRequest r) {
        return EmailAddress.of("address", r.param("address"));
    }

    private static <T> T parse(String field, String raw, Function<String, T> of) {
        try {
            return of.apply(raw);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.getMessage());
        }
    }
}
