package dev.mailroom.core.smtp;

import dev.mailroom.core.access.AccessControlSettings;
import dev.mailroom.core.config.SettingsSection;
import dev.mailroom.core.relay.RelaySettings;
import dev.mailroom.core.relay.SecuritySettings;
import dev.mailroom.core.tls.TlsSettings;
import java.util.List;

/**
 * The settings files the SMTP connector reads, one per tab of its property dialog:
 * {@code smtp.json} (General, Inbound, Logging), {@code smtp-relay.json}, {@code smtp-security.json},
 * {@code smtp-access.json}, and the shared {@code tls.json}.
 */
public final class SmtpSections {
    public static final SettingsSection<SmtpSettings> SMTP = SmtpSettings.SECTION;
    public static final SettingsSection<RelaySettings> RELAY =
            new SettingsSection<>("smtp-relay", RelaySettings.class, RelaySettings::defaults);
    public static final SettingsSection<SecuritySettings> SECURITY =
            new SettingsSection<>("smtp-security", SecuritySettings.class, SecuritySettings::defaults);
    public static final SettingsSection<AccessControlSettings> ACCESS =
            new SettingsSection<>("smtp-access", AccessControlSettings.class, AccessControlSettings::defaults);
    public static final SettingsSection<TlsSettings> TLS = TlsSettings.SECTION;

    private SmtpSections() {
    }

    public static List<SettingsSection<?>> all() {
        return List.of(SMTP, RELAY, SECURITY, ACCESS, TLS);
    }
}
