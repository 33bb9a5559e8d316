package dev.mailroom.core.config;

import dev.mailroom.core.pop3.Pop3Settings;
import dev.mailroom.core.antivirus.AntivirusSettings;
import dev.mailroom.core.smtp.SmtpSections;

import java.util.List;
import java.util.Optional;

/**
 * Every settings section the server knows, one line per feature. The settings API and the
 * store handle a section without knowing the feature: add the line here and it is served at
 * {@code /api/v1/settings/<name>} and stored as {@code Config/<name>.json}.
 */
public final class SettingsSections {
    public static final SettingsSection<ServerSettings> SERVER =
            new SettingsSection<>("server", ServerSettings.class, ServerSettings::defaults);

    private static final List<SettingsSection<?>> ALL = List.of(
            SERVER,
            SmtpSections.SMTP, SmtpSections.RELAY, SmtpSections.SECURITY, SmtpSections.ACCESS, SmtpSections.TLS,
            dev.mailroom.core.dns.rbl.RblSettings.SECTION, dev.mailroom.core.dns.checks.DnsCheckSettings.SECTION,
            Pop3Settings.SECTION,
            AntivirusSettings.SECTION,
            dev.mailroom.core.mta.MtaSettings.SECTION
    );

    private SettingsSections() {
    }

    public static List<SettingsSection<?>> all() {
        return ALL;
    }

    public static Optional<SettingsSection<?>> byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
