package dev.mailroom.server.admin;

import dev.mailroom.core.api.Requests;
import dev.mailroom.core.directory.DirectoryStore;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.NotFoundException;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import java.util.Arrays;
import java.util.List;

/** {@code /postoffices/{po}/mailboxes}, one mailbox, its password and its addresses. */
final class MailboxApi implements ApiModule {
    /** Longest password accepted; PBKDF2 cost grows with length, so a 1 MiB password is refused. */
    static final int MAX_PASSWORD = 1024;
    private final DirectoryStore directory;
    private final PostOfficeApi postOffices;
    private final Dtos dtos;

    MailboxApi(AdminContext context) {
        this.directory = context.server().directory();
        this.postOffices = new PostOfficeApi(context);
        this.dtos = new Dtos(directory, context.server().messages());
    }

    @Override
    public void register(ApiRouter router) {
        String one = "/postoffices/{po}/mailboxes/{mailbox}";
        router.get("/postoffices/{po}/mailboxes", r -> {
            PostOfficeName po = postOffices.find(PathNames.postOffice(r)).name();
            return Paging.of(r).apply(directory.mailboxesOf(po), m -> m.name().value(), dtos::mailbox);
        });
        router.post("/postoffices/{po}/mailboxes", r -> {
            PostOfficeName po = PathNames.postOffice(r);
            Requests.CreateMailbox body = r.body(Requests.CreateMailbox.class);
            MailboxName name = MailboxName.of(body.name());
            char[] password = password(body.password());
            long quota = quota(body.quotaKb() == null ? 0 : body.quotaKb());
            try {
                Mailbox created = directory.createMailbox(po, name, password,
                        body.type() == null ? MailboxType.USER : body.type(), quota);
                return ApiResponse.created(dtos.mailbox(created));
            } finally {
                Arrays.fill(password, '\0');
            }
        });
        router.get(one, r -> dtos.mailbox(find(PathNames.mailboxRef(r))));
        router.put(one, r -> {
            Mailbox m = find(PathNames.mailboxRef(r));
            Requests.MailboxUpdate u = r.body(Requests.MailboxUpdate.class);
            Mailbox changed = new Mailbox(m.postOffice(), m.name(), m.passwordHash(),
                    u.type() == null ? m.type() : u.type(),
                    u.quotaKb() == null ? m.quotaKb() : quota(u.quotaKb()),
                    u.enabled() == null ? m.enabled() : u.enabled(),
                    u.preventAuth() == null ? m.preventAuth() : u.preventAuth(),
                    u.redirectTo() == null ? m.redirectTo() : addresses(u.redirectTo()),
                    u.keepLocalCopy() == null ? m.keepLocalCopy() : u.keepLocalCopy());
            return dtos.mailbox(directory.updateMailbox(changed));
        });
        router.delete(one, r -> {
            MailboxRef ref = find(PathNames.mailboxRef(r)).ref();
            directory.deleteMailbox(ref);
            return null;
        });
        router.post(one + "/password", r -> {
            MailboxRef ref = find(PathNames.mailboxRef(r)).ref();
            char[] password = password(r.body(Requests.Password.class).password());
            try {
                directory.setPassword(ref, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            return null;
        });
        router.post(one + "/addresses", r -> {
            MailboxRef ref = find(PathNames.mailboxRef(r)).ref();
            EmailAddress address = EmailAddress.of("address", r.body(Requests.Address.class).address());
            directory.addAddress(ref, address);
            return ApiResponse.created(dtos.mailbox(find(ref)));
        });
        router.delete(one + "/addresses/{address}", r -> {
            MailboxRef ref = find(PathNames.mailboxRef(r)).ref();
            directory.removeAddress(ref, PathNames.address(r));
            return dtos.mailbox(find(ref));
        });
    }

    private Mailbox find(MailboxRef ref) {
        postOffices.find(ref.postOffice());
        return directory.mailbox(ref).orElseThrow(() -> new NotFoundException(
                "Post office '" + ref.postOffice() + "' has no mailbox '" + ref.mailbox() + "'"));
    }

    private static char[] password(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidValueException("password", "Password is required");
        }
        if (raw.length() > MAX_PASSWORD) {
            throw new InvalidValueException("password", "Password is longer than " + MAX_PASSWORD + " characters");
        }
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isISOControl(raw.charAt(i))) {
                throw new InvalidValueException("password", "Password must not contain control characters");
            }
        }
        return raw.toCharArray();
    }

    private static long quota(long kb) {
        if (kb < 0) {
            throw new InvalidValueException("quotaKb", "Quota must be 0 (no limit) or a positive number of KiB");
        }
        return kb;
    }

    private static List<EmailAddress> addresses(List<String> raw) {
        return raw.stream().filter(s -> s != null && !s.isBlank()).map(s -> EmailAddress.of("redirectTo", s)).toList();
    }
}
