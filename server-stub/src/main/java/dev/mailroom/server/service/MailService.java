package dev.mailroom.server.service;

import java.util.List;

/**
 * One network service of the server (SMTP, POP3, later IMAP). The launcher starts every
 * registered service, prints the ready line from their listeners, shows them in
 * {@code GET /api/v1/status} and stops them on shutdown.
 *
 * <p>{@link #start()} must not throw because one port cannot be bound: that listener reports
 * state {@code STOPPED} with the operating system's reason, and the rest of the server runs.
 */
public interface MailService {
    /** Lower-case name used in the ready line and the status: {@code smtp}, {@code pop3}. */
    String name();

    void start();

    /** Stops accepting, lets sessions end, within a few seconds. Idempotent. */
    void stop();

    /** Every listener (port) of the service with its state, for the status and the ready line. */
    List<Listener> listeners();

    /**
     * A listening socket of a service.
     *
     * @param state   RUNNING, STOPPED (could not bind, or switched off) or DISABLED
     * @param reason  why it is not running (the OS error), empty when running
     * @param setting which setting changes the port, e.g. {@code smtp.port or --smtp-port}
     */
    record Listener(String label, String address, int port, String state, String reason, String setting) {
        public boolean running() {
            return "RUNNING".equals(state);
        }
    }
}
