package dev.mailroom.core.directory;

/** The named post office, domain or mailbox does not exist. The API answers 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
