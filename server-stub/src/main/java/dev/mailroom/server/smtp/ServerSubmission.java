package dev.mailroom.server.smtp;

import dev.mailroom.core.directory.Directory;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.server.filters.Submission;
import dev.mailroom.server.store.MessageStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Messages the server sends itself (filter notices, released quarantine) go through the same
 * {@link Delivery} as accepted SMTP mail: a local address to its mailbox (following
 * redirections), any other to the outbound queue. The recipients were chosen by the server
 * (the administrator, local recipients, a message's original envelope), so no relay check
 * applies.
 */
final class ServerSubmission implements Submission {
    private final Directory directory;
    private final Delivery delivery;
    private final MessageIds ids;
    private final Clock clock;
    private final Supplier<String> hostName;

    ServerSubmission(Directory directory, Delivery delivery, MessageIds ids, Clock clock, Supplier<String> hostName) {
        this.directory = directory;
        this.delivery = delivery;
        this.ids = ids;
        this.clock = clock;
        this.hostName = hostName;
    }

    @Override
    public String submit(String sender, List<String> recipients, Path message) throws IOException {
        List<RecipientRoute> routes = new ArrayList<>();
        for (String r : recipients) {
            EmailAddress address;
            try {
                address = EmailAddress.of("recipient", r);
            } catch (InvalidValueException e) {
                throw new IOException("not an address: " + r, e);
            }
            Optional<MailboxRef> local = directory.resolve(address);
            routes.add(local.<RecipientRoute>map(m -> new RecipientRoute.Local(m, r)).orElseGet(() -> new RecipientRoute.Remote(r)));
        }
        String id = ids.next();
        try {
            delivery.deliver(id, sender == null ? "" : sender, routes, message, Files.size(message), clock.instant(),
                    "127.0.0.1", "");
        } catch (MessageStore.QuotaExceededException e) {
            throw new IOException(e.getMessage(), e);
        }
        return id;
    }

    @Override
    public String hostName() {
        return hostName.get();
    }
}
