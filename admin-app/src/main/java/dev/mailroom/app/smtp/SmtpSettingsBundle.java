package dev.mailroom.app.smtp;

import dev.mailroom.core.access.AccessControlSettings;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.ApiJson;
import dev.mailroom.core.relay.RelaySettings;
import dev.mailroom.core.relay.SecuritySettings;
import dev.mailroom.core.smtp.OutboundQueueDto;
import dev.mailroom.core.smtp.SmtpSections;
import dev.mailroom.core.smtp.SmtpSettings;
import dev.mailroom.core.tls.TlsSettings;
import java.io.IOException;

/**
 * Everything the SMTP properties dialog shows, read from the server in one background call: the
 * five settings sections of its tabs, the certificate in use and the outbound queue's length.
 *
 * @param certificate one line describing the certificate in use, or why there is none
 */
public record SmtpSettingsBundle(SmtpSettings smtp, RelaySettings relay, SecuritySettings security,
                                 AccessControlSettings access, TlsSettings tls, String certificate, int queued) {

    /** Runs in the background (it calls the server). */
    public static SmtpSettingsBundle load(AdminClient client) throws IOException {
        var cert = client.get("/smtp/tls");
        String certificate = cert.has("problem") ? "No certificate: " + cert.get("problem").asText()
                : cert.get("subject").asText() + " (" + (cert.get("selfSigned").asBoolean() ? "self-signed, " : "")
                + "valid until " + cert.get("notAfter").asText() + ")\nSHA-256 " + cert.get("sha256Fingerprint").asText();
        OutboundQueueDto queue = ApiJson.mapper().treeToValue(client.get("/smtp/queue/outbound"), OutboundQueueDto.class);
        return new SmtpSettingsBundle(
                client.getSettings(SmtpSections.SMTP.name(), SmtpSettings.class),
                client.getSettings(SmtpSections.RELAY.name(), RelaySettings.class),
                client.getSettings(SmtpSections.SECURITY.name(), SecuritySettings.class),
                client.getSettings(SmtpSections.ACCESS.name(), AccessControlSettings.class),
                client.getSettings(SmtpSections.TLS.name(), TlsSettings.class),
                certificate, queue.messages().size());
    }
}
