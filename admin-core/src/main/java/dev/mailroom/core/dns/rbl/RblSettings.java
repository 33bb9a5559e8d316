package dev.mailroom.core.dns.rbl;

import dev.mailroom.core.config.SettingsSection;
import dev.mailroom.core.dns.IpLiteral;
import dev.mailroom.core.model.InvalidValueException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The SMTP connector's "Reverse DNS Blacklisting" tab, stored as {@code Config/smtp-rbl.json}.
 *
 * @param mode          off, deny at RCPT, deny at connect, or accept and mark (article 4)
 * @param providers     the blacklists, in the order they are reported
 * @param timeoutMillis how long one lookup may take before it counts as "no answer" (fail-open)
 * @param publicAddress the server's own public IP, for "Check this server"; empty if not entered
 */
public record RblSettings(RblMode mode, List<RblProvider> providers, int timeoutMillis, String publicAddress) {
    public static final int DEFAULT_TIMEOUT_MILLIS = 2000;
    public static final SettingsSection<RblSettings> SECTION =
            new SettingsSection<>("smtp-rbl", RblSettings.class, RblSettings::defaults);

    public RblSettings {
        mode = mode == null ? RblMode.OFF : mode;
        providers = providers == null ? List.of() : List.copyOf(providers);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < providers.size(); i++) {
            RblProvider p = providers.get(i);
            if (p == null) {
                throw new InvalidValueException("providers[" + i + "]", "Empty blacklist entry");
            }
            if (!names.add(p.name().toLowerCase(Locale.ROOT))) {
                throw new InvalidValueException("providers[" + i + "].name", "There is already a blacklist named '" + p.name() + "'");
            }
        }
        timeoutMillis = timeoutMillis == 0 ? DEFAULT_TIMEOUT_MILLIS : timeoutMillis;
        if (timeoutMillis < 100 || timeoutMillis > 30_000) {
            throw new InvalidValueException("timeoutMillis", "The lookup timeout must be between 100 and 30000 ms");
        }
        publicAddress = publicAddress == null ? "" : publicAddress.strip();
        if (!publicAddress.isEmpty()) {
            publicAddress = IpLiteral.parse("publicAddress", publicAddress).getHostAddress();
        }
    }

    /** Off, no providers (presets are offered by the console, never enabled by default). */
    public static RblSettings defaults() {
        return new RblSettings(RblMode.OFF, List.of(), DEFAULT_TIMEOUT_MILLIS, "");
    }

    public List<RblProvider> enabledProviders() {
        return providers.stream().filter(RblProvider::enabled).toList();
    }

    public RblSettings withMode(RblMode m) {
        return new RblSettings(m, providers, timeoutMillis, publicAddress);
    }

    public RblSettings withProviders(List<RblProvider> list) {
        return new RblSettings(mode, list, timeoutMillis, publicAddress);
    }
}
