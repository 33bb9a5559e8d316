package dev.mailroom.core.pop3;

import dev.mailroom.core.api.StatusDto;
import java.util.List;

/**
 * {@code GET /api/v1/pop3}: what the console's Services &gt; POP summary and Auto-ban tab show.
 *
 * @param listeners   the POP3 listeners (110, 995) with state and reason
 * @param connections connections open now
 * @param bans        addresses refused now by the auto-ban
 * @param tlsProblem  why TLS is unavailable, empty when a certificate is loaded
 */
public record Pop3StatusDto(List<StatusDto.ListenerStatus> listeners, int connections, List<BanDto> bans,
                            String tlsProblem) {
    public Pop3StatusDto {
        listeners = listeners == null ? List.of() : List.copyOf(listeners);
        bans = bans == null ? List.of() : List.copyOf(bans);
        tlsProblem = tlsProblem == null ? "" : tlsProblem;
    }

    /**
     * One banned address; times are ISO-8601 instants.
     *
     * @param failures failed logins that triggered the ban
     */
    public record BanDto(String address, String since, String until, int failures) {
    }
}
