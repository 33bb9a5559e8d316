package dev.mailroom.core.tls;

import dev.mailroom.core.config.SettingsSection;
import dev.mailroom.core.model.InvalidValueException;

/**
 * The server's TLS certificate, shared by SMTP (STARTTLS, port 465) and POP3 (STLS, port 995).
 * Stored as {@code Config/tls.json}.
 *
 * <p>{@link Source#SELF_SIGNED} (the default) generates a certificate under
 * {@code Config/TLS/} on first start. {@link Source#PEM} reads a certificate chain file and a
 * private key file (PKCS#8 or the older PKCS#1/SEC1 "BEGIN RSA/EC PRIVATE KEY"). {@link Source#PKCS12}
 * reads a {@code .p12}/{@code .pfx} file with its password. Relative paths are resolved against
 * the data directory.
 *
 * @param hostName name put in the self-signed certificate (CN and subjectAltName)
 */
public record TlsSettings(Source source, String certificateFile, String keyFile, String pkcs12File,
                          String pkcs12Password, String hostName) {
    public static final SettingsSection<TlsSettings> SECTION =
            new SettingsSection<>("tls", TlsSettings.class, TlsSettings::defaults);

    public enum Source { SELF_SIGNED, PEM, PKCS12 }

    public TlsSettings {
        source = source == null ? Source.SELF_SIGNED : source;
        certificateFile = certificateFile == null ? "" : certificateFile.strip();
        keyFile = keyFile == null ? "" : keyFile.strip();
        pkcs12File = pkcs12File == null ? "" : pkcs12File.strip();
        pkcs12Password = pkcs12Password == null ? "" : pkcs12Password;
        hostName = hostName == null || hostName.isBlank() ? "localhost" : hostName.strip();
        if (source == Source.PEM && certificateFile.isEmpty()) {
            throw new InvalidValueException("certificateFile", "A PEM certificate file is required");
        }
        if (source == Source.PEM && keyFile.isEmpty()) {
            throw new InvalidValueException("keyFile", "A PEM private key file is required");
        }
        if (source == Source.PKCS12 && pkcs12File.isEmpty()) {
            throw new InvalidValueException("pkcs12File", "A PKCS#12 (.p12/.pfx) file is required");
        }
    }

    public static TlsSettings defaults() {
        return new TlsSettings(Source.SELF_SIGNED, "", "", "", "", "localhost");
    }

    /** The same settings without the PKCS#12 password, for anything that is shown or logged. */
    public TlsSettings withoutSecret() {
        return new TlsSettings(source, certificateFile, keyFile, pkcs12File, "", hostName);
    }

    @Override
    public String toString() {
        return "TlsSettings[" + source + ", cert=" + certificateFile + ", key=" + keyFile + ", p12=" + pkcs12File
                + ", host=" + hostName + "]";
    }
}
