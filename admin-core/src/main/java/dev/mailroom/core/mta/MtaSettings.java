package dev.mailroom.core.mta;

import dev.mailroom.core.config.SettingsSection;
import dev.mailroom.core.model.InvalidValueException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Agents &gt; MTA properties, stored as {@code Config/mta.json}. Zero or missing numbers take
 * their defaults, so an older file keeps working when a field is added.
 *
 * @param threads                 messages delivered at the same time
 * @param perDestinationLimit     connections open at the same time to one destination (domain or smart host)
 * @param remotePort              the port remote servers are contacted on (25; tests set another)
 * @param heloName                name sent in EHLO; empty for the server's host name
 * @param sourceAddress           local address outbound connections are bound to; empty for any
 * @param retryMinutes            delays after the 1st, 2nd, 3rd… failed attempt (MailEnable's Delivery tab)
 * @param retryEveryMinutes       delay after every later attempt
 * @param lifetimeHours           a message still undelivered after this long is returned to its sender
 * @param delayNoticeHours        send a "still trying" notice once after this long; 0 for never
 * @param suppressNdrs            "do not send non-delivery reports"
 * @param smartHost               relay every remote message through this host (off when its host is empty)
 * @param domainSmartHosts        per recipient domain (lower case), overrides {@code smartHost}
 */
public record MtaSettings(int threads, int perDestinationLimit, int remotePort, String heloName, String sourceAddress,
                          int connectTimeoutSeconds, int commandTimeoutSeconds, List<Integer> retryMinutes,
                          int retryEveryMinutes, int lifetimeHours, int delayNoticeHours, boolean suppressNdrs,
                          SmartHost smartHost, Map<String, SmartHost> domainSmartHosts) {
    public static final SettingsSection<MtaSettings> SECTION =
            new SettingsSection<>("mta", MtaSettings.class, MtaSettings::defaults);

    public MtaSettings {
        threads = threads == 0 ? 16 : threads;
        perDestinationLimit = perDestinationLimit == 0 ? 4 : perDestinationLimit;
        remotePort = remotePort == 0 ? 25 : remotePort;
        heloName = heloName == null ? "" : heloName.strip();
        sourceAddress = sourceAddress == null ? "" : sourceAddress.strip();
        connectTimeoutSeconds = connectTimeoutSeconds == 0 ? 30 : connectTimeoutSeconds;
        commandTimeoutSeconds = commandTimeoutSeconds == 0 ? 300 : commandTimeoutSeconds;
        retryMinutes = retryMinutes == null ? List.of(15, 30, 60) : List.copyOf(retryMinutes);
        retryEveryMinutes = retryEveryMinutes == 0 ? 240 : retryEveryMinutes;
        lifetimeHours = lifetimeHours == 0 ? 48 : lifetimeHours;
        smartHost = smartHost == null ? SmartHost.none() : smartHost;
        Map<String, SmartHost> perDomain = new TreeMap<>();
        if (domainSmartHosts != null) {
            domainSmartHosts.forEach((d, h) -> perDomain.put(d.strip().toLowerCase(Locale.ROOT), h));
        }
        domainSmartHosts = Map.copyOf(perDomain);
        check(threads >= 1 && threads <= 256, "threads", "MTA threads must be between 1 and 256");
        check(perDestinationLimit >= 1 && perDestinationLimit <= 100, "perDestinationLimit",
                "Connections per destination must be between 1 and 100");
        check(remotePort >= 1 && remotePort <= 65535, "remotePort", "The remote port must be between 1 and 65535");
        check(connectTimeoutSeconds >= 1 && connectTimeoutSeconds <= 600, "connectTimeoutSeconds",
                "The connect timeout must be between 1 and 600 seconds");
        check(commandTimeoutSeconds >= 1 && commandTimeoutSeconds <= 3600, "commandTimeoutSeconds",
                "The command timeout must be between 1 and 3600 seconds");
        for (Integer m : retryMinutes) {
            check(m != null && m >= 1 && m <= 10_080, "retryMinutes", "Each retry delay must be between 1 minute and 7 days");
        }
        check(retryEveryMinutes >= 1 && retryEveryMinutes <= 10_080, "retryEveryMinutes",
                "The repeated retry interval must be between 1 minute and 7 days");
        check(lifetimeHours >= 1 && lifetimeHours <= 720, "lifetimeHours", "The message lifetime must be between 1 hour and 30 days");
        check(delayNoticeHours >= 0 && delayNoticeHours < lifetimeHours, "delayNoticeHours",
                "A delay notice must come before the message lifetime ends (0 for none)");
        check(sourceAddress.isEmpty() || sourceAddress.matches("[0-9A-Fa-f.:]{2,45}"), "sourceAddress",
                "The source address must be an IP address of this server");
    }

    public static MtaSettings defaults() {
        return new MtaSettings(0, 0, 0, "", "", 0, 0, null, 0, 0, 0, false, null, null);
    }

    /** The smart host for a recipient domain, if any: the domain's own, else the global one. */
    public java.util.Optional<SmartHost> smartHostFor(String domain) {
        SmartHost h = domainSmartHosts.get(domain.toLowerCase(Locale.ROOT));
        if (h != null && h.enabled()) {
            return java.util.Optional.of(h);
        }
        return smartHost.enabled() ? java.util.Optional.of(smartHost) : java.util.Optional.empty();
    }

    public MtaSettings withRemotePort(int port) {
        return new MtaSettings(threads, perDestinationLimit, port, heloName, sourceAddress, connectTimeoutSeconds,
                commandTimeoutSeconds, retryMinutes, retryEveryMinutes, lifetimeHours, delayNoticeHours, suppressNdrs,
                smartHost, domainSmartHosts);
    }

    public MtaSettings withSmartHost(SmartHost host) {
        return new MtaSettings(threads, perDestinationLimit, remotePort, heloName, sourceAddress, connectTimeoutSeconds,
                commandTimeoutSeconds, retryMinutes, retryEveryMinutes, lifetimeHours, delayNoticeHours, suppressNdrs,
                host, domainSmartHosts);
    }

    public MtaSettings withNotices(int delayHours, boolean suppress) {
        return new MtaSettings(threads, perDestinationLimit, remotePort, heloName, sourceAddress, connectTimeoutSeconds,
                commandTimeoutSeconds, retryMinutes, retryEveryMinutes, lifetimeHours, delayHours, suppress,
                smartHost, domainSmartHosts);
    }

    private static void check(boolean ok, String field, String message) {
        if (!ok) {
            throw new InvalidValueException(field, message);
        }
    }
}
