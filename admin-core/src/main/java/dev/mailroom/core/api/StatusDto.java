package dev.mailroom.core.api;

import java.util.List;

/**
 * {@code GET /api/v1/status}: what is running and on which ports.
 *
 * @param version       the server's version
 * @param uptimeSeconds seconds since the server started
 * @param services      each network service with its listeners
 */
public record StatusDto(String version, long uptimeSeconds, List<ServiceStatus> services) {
    public StatusDto {
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** One service ({@code smtp}, {@code pop3}) and its listening sockets. */
    public record ServiceStatus(String name, List<ListenerStatus> listeners) {
        public ServiceStatus {
            listeners = listeners == null ? List.of() : List.copyOf(listeners);
        }
    }

    /**
     * One listening socket; mirrors the server's {@code MailService.Listener}.
     *
     * @param state   RUNNING (listening), ACTIVE (an agent without a port, such as the MTA),
     *                DISABLED (switched off in the settings) or STOPPED (could not start: see reason)
     * @param reason  why it is not running (the operating system's error), "" when running
     * @param setting the setting or flag that changes the port
     */
    public record ListenerStatus(String label, String address, int port, String state, String reason,
                                 String setting) {
        public boolean running() {
            return "RUNNING".equals(state);
        }

        /** Working as configured: listening, or an agent at work. */
        public boolean working() {
            return "RUNNING".equals(state) || "ACTIVE".equals(state);
        }

        /** Something the administrator must look at: it should run and does not. */
        public boolean problem() {
            return !working() && !"DISABLED".equals(state);
        }
    }
}
