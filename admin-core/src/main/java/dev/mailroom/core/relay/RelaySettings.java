package dev.mailroom.core.relay;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mailroom.core.access.IpPattern;
import dev.mailroom.core.access.IpPatternList;

/**
 * The Relay tab of the SMTP connector (knowledge base articles 3, 10, 25, 29).
 *
 * <p>The defaults make Mailroom no open relay: relaying is granted to authenticated senders and
 * to applications on the server itself (127.0.0.1 and ::1, article 25) only. Relay for local
 * sender addresses stays off: articles 12 and 20 call it bad for public servers, since anyone
 * can guess a local address.
 *
 * @param relayEnabled           the overriding switch (article 10, relay rule 1); off refuses every relay
 * @param allowAuthenticated     relay for clients that logged in with SMTP AUTH
 * @param allowPrivilegedRanges  relay for clients whose IP matches {@code privilegedRanges}
 * @param privilegedRanges       single addresses, IPv4 wildcards or CIDR blocks
 * @param allowLocalSenders      relay for any client whose envelope sender is in the address map
 * @param allowAnyone            open relay; the console warns loudly before saving it
 * @param forceInboundResolution refuse ({@code 550 5.1.1}) recipients of a local domain that no
 *                               mailbox or catch-all takes, instead of accepting and bouncing later
 */
public record RelaySettings(boolean relayEnabled, boolean allowAuthenticated, boolean allowPrivilegedRanges,
                            IpPatternList privilegedRanges, boolean allowLocalSenders, boolean allowAnyone,
                            boolean forceInboundResolution) {

    /** Applications on the server itself (article 25). */
    public static final IpPatternList LOOPBACK = IpPatternList.of(IpPattern.of("127.0.0.1"), IpPattern.of("::1"));

    public RelaySettings {
        privilegedRanges = privilegedRanges == null ? LOOPBACK : privilegedRanges;
    }

    public static RelaySettings defaults() {
        return new RelaySettings(true, true, true, LOOPBACK, false, false, true);
    }

    /**
     * From JSON: a key missing from a hand-edited or older file takes its safe default rather
     * than {@code false}, which for some switches would be the unsafe choice.
     */
    @JsonCreator
    static RelaySettings fromJson(@JsonProperty("relayEnabled") Boolean relayEnabled,
                                  @JsonProperty("allowAuthenticated") Boolean allowAuthenticated,
                                  @JsonProperty("allowPrivilegedRanges") Boolean allowPrivilegedRanges,
                                  @JsonProperty("privilegedRanges") IpPatternList privilegedRanges,
                                  @JsonProperty("allowLocalSenders") Boolean allowLocalSenders,
                                  @JsonProperty("allowAnyone") Boolean allowAnyone,
                                  @JsonProperty("forceInboundResolution") Boolean forceInboundResolution) {
        RelaySettings d = defaults();
        return new RelaySettings(or(relayEnabled, d.relayEnabled), or(allowAuthenticated, d.allowAuthenticated),
                or(allowPrivilegedRanges, d.allowPrivilegedRanges), privilegedRanges,
                or(allowLocalSenders, d.allowLocalSenders), or(allowAnyone, d.allowAnyone),
                or(forceInboundResolution, d.forceInboundResolution));
    }

    private static boolean or(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }

    /**
     * True when these settings let any client on the internet relay: "allow anyone", or a
     * privileged range that spans a whole address family. The console warns before saving.
     */
    public boolean opensRelayToEveryone() {
        if (!relayEnabled) {
            return false;
        }
        if (allowAnyone) {
            return true;
        }
        return allowPrivilegedRanges && privilegedRanges.patterns().stream()
                .anyMatch(p -> p.text().endsWith("/0") || p.text().equals("*") || p.text().equals("*.*.*.*"));
    }

    public RelaySettings withRelayEnabled(boolean v) {
        return new RelaySettings(v, allowAuthenticated, allowPrivilegedRanges, privilegedRanges, allowLocalSenders, allowAnyone, forceInboundResolution);
    }

    public RelaySettings withAllowAuthenticated(boolean v) {
        return new RelaySettings(relayEnabled, v, allowPrivilegedRanges, privilegedRanges, allowLocalSenders, allowAnyone, forceInboundResolution);
    }

    public RelaySettings withAllowPrivilegedRanges(boolean v) {
        return new RelaySettings(relayEnabled, allowAuthenticated, v, privilegedRanges, allowLocalSenders, allowAnyone, forceInboundResolution);
    }

    public RelaySettings withPrivilegedRanges(IpPatternList v) {
        return new RelaySettings(relayEnabled, allowAuthenticated, allowPrivilegedRanges, v, allowLocalSenders, allowAnyone, forceInboundResolution);
    }

    public RelaySettings withAllowLocalSenders(boolean v) {
        return new RelaySettings(relayEnabled, allowAuthenticated, allowPrivilegedRanges, privilegedRanges, v, allowAnyone, forceInboundResolution);
    }

    public RelaySettings withAllowAnyone(boolean v) {
        return new RelaySettings(relayEnabled, allowAuthenticated, allowPrivilegedRanges, privilegedRanges, allowLocalSenders, v, forceInboundResolution);
    }

    public RelaySettings withForceInboundResolution(boolean v) {
        return new RelaySettings(relayEnabled, allowAuthenticated, allowPrivilegedRanges, privilegedRanges, allowLocalSenders, allowAnyone, v);
    }
}
