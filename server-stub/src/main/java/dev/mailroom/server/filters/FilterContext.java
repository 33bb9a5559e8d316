package dev.mailroom.server.filters;

import dev.mailroom.core.logs.ServiceLog;
import dev.mailroom.server.ServerContext;

/**
 * What a filter is built with: the server's shared context (settings, data directory, clock),
 * the server's delivery for notices and releases, and the MTA/filter debug log
 * ({@code Logging/MTA/MTA-Debug-YYMMDD.log}) where every verdict is written.
 */
public record FilterContext(ServerContext server, Submission submission, ServiceLog log) {
}
