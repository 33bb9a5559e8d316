package dev.mailroom.core.api;

/**
 * A post office as the API shows it.
 *
 * @param boundIp      local IP address bare logins on it belong to this post office, "" when unset
 * @param domainCount  how many domains it serves
 * @param mailboxCount how many mailboxes it holds
 */
public record PostOfficeDto(String name, boolean enabled, String boundIp, int domainCount, int mailboxCount) {
}
