package dev.mailroom.app.common;

/**
 * The one owner of alerts and confirmations. Views and node actions ask it; they never build an
 * {@code Alert} themselves, so every message looks the same and tests can find it by its id.
 */
public interface DialogService {
    void showError(String title, String message);

    void showInformation(String title, String message);

    /**
     * Asks a yes/no question and waits for the answer.
     *
     * @param details what the action takes with it, e.g. "3 domains, 12 mailboxes"
     * @return true only when the user confirmed
     */
    boolean confirm(String title, String question, String details);

    /** Shows a secret (a generated password) once, selectable so it can be copied. */
    void showSecret(String title, String message, String secret);
}
