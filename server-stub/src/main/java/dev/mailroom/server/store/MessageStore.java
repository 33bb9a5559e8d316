package dev.mailroom.server.store;

import dev.mailroom.core.directory.MailboxRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The message store: {@code Postoffices/<PO>/MAILROOT/<MAILBOX>/<Folder>/<id>.MAI}, one file
 * per message (RFC 5322 text with CRLF line ends). A delivered message is fsynced, file and
 * folder, before {@link #deliver} returns, so SMTP may answer 250 only after it returns.
 */
public interface MessageStore {
    String INBOX = "Inbox";

    /**
     * Writes a message into a mailbox folder.
     *
     * @param messageId the id the SMTP session assigned; names the file and stays unique
     * @throws QuotaExceededException when the mailbox's quota would be exceeded
     */
    StoredMessage deliver(MailboxRef mailbox, String folder, String messageId, InputStream content)
            throws IOException, QuotaExceededException;

    /** The messages of a folder, oldest first. */
    List<StoredMessage> list(MailboxRef mailbox, String folder) throws IOException;

    InputStream open(StoredMessage message) throws IOException;

    /** Deletes a message; absent is not an error (another session may have removed it). */
    void delete(StoredMessage message) throws IOException;

    /**
     * Deletes several messages, e.g. a POP3 session's UPDATE state. Like {@link #delete} for each,
     * but a store may make the batch durable at once (one folder sync instead of one per file).
     * Absent messages are not an error.
     */
    default void deleteAll(java.util.Collection<StoredMessage> messages) throws IOException {
        for (StoredMessage m : messages) {
            delete(m);
        }
    }

    /** Bytes used by every folder of the mailbox (for quota and the console's Size column). */
    long usedBytes(MailboxRef mailbox) throws IOException;

    /** Folder of the mailbox on disk (created if missing). */
    Path folder(MailboxRef mailbox, String folder) throws IOException;

    /**
     * One stored message.
     *
     * @param id   the message id, also the file's base name; stable across restarts (POP3 UIDL)
     * @param size exact size in octets of the file (CRLF line ends)
     */
    record StoredMessage(MailboxRef mailbox, String folder, String id, Path path, long size, long receivedMillis) {
    }

    /** The mailbox has no room for the message: SMTP answers {@code 452 4.2.2}. */
    class QuotaExceededException extends Exception {
        public QuotaExceededException(String message) {
            super(message);
        }
    }
}
