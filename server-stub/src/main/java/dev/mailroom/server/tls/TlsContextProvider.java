package dev.mailroom.server.tls;

import dev.mailroom.core.tls.CertificateInfo;
import dev.mailroom.core.tls.TlsSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The one place SMTP and POP3 get their {@link SSLContext} from. It loads the certificate the
 * administrator configured ({@link TlsSettings}: PEM files or a PKCS#12 file) or, by default, a
 * self-signed certificate generated under {@code Config/TLS/} the first time the server starts
 * (and reused after that, so clients that chose to trust it keep trusting it).
 *
 * <p>A certificate that cannot be loaded is an {@link TlsUnavailableException} naming the file
 * and the reason; services answer {@code 454} to STARTTLS and leave TLS-only ports stopped
 * rather than refusing to start.
 */
public final class TlsContextProvider {
    private static final char[] IN_MEMORY_PASSWORD = "mailroom".toCharArray();
    private final SSLContext context;
    private final X509Certificate leaf;
    private final TlsSettings.Source source;

    private TlsContextProvider(SSLContext context, X509Certificate leaf, TlsSettings.Source source) {
        this.context = context;
        this.leaf = leaf;
        this.source = source;
    }

    /** Loads (or, for the self-signed default, creates on first use) the configured certificate. */
    public static TlsContextProvider load(Path dataDir, TlsSettings settings) throws TlsUnavailableException {
        KeyMaterial material = switch (settings.source()) {
            case SELF_SIGNED -> SelfSignedCertificate.loadOrCreate(dataDir.resolve("Config").resolve("TLS"), settings.hostName());
            case PEM -> PemKeyMaterial.read(resolve(dataDir, settings.certificateFile()), resolve(dataDir, settings.keyFile()));
            case PKCS12 -> readPkcs12(resolve(dataDir, settings.pkcs12File()), settings.pkcs12Password().toCharArray());
        };
        return new TlsContextProvider(context(material), material.chain().get(0), settings.source());
    }

    public SSLContext sslContext() {
        return context;
    }

    public X509Certificate certificate() {
        return leaf;
    }

    /** The certificate in use, described for the console and the status endpoint. */
    public CertificateInfo info() {
        return CertificateDescription.of(leaf, source.name());
    }

    private static Path resolve(Path dataDir, String file) {
        Path p = Path.of(file);
        return p.isAbsolute() ? p : dataDir.resolve(p);
    }

    private static SSLContext context(KeyMaterial material) throws TlsUnavailableException {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("server", material.key(), IN_MEMORY_PASSWORD, material.chain().toArray(new Certificate[0]));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, IN_MEMORY_PASSWORD);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, new SecureRandom());
            return ctx;
        } catch (GeneralSecurityException | IOException e) {
            throw new TlsUnavailableException("The certificate and key do not form a usable TLS identity: " + e.getMessage(), e);
        }
    }

    private static KeyMaterial readPkcs12(Path file, char[] password) throws TlsUnavailableException {
        if (!Files.isReadable(file)) {
            throw new TlsUnavailableException("PKCS#12 file " + file + " does not exist or is not readable", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            Enumeration<String> aliases = ks.aliases();
            while (aliases.hasMoreElements()) {
                String alias = aliases.nextElement();
                if (ks.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) ks.getKey(alias, password);
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate c : ks.getCertificateChain(alias)) {
                        chain.add((X509Certificate) c);
                    }
                    return new KeyMaterial(key, chain);
                }
            }
            throw new TlsUnavailableException("PKCS#12 file " + file + " holds no private key", null);
        } catch (IOException e) {
            throw new TlsUnavailableException("Cannot read PKCS#12 file " + file + " (wrong password?): " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new TlsUnavailableException("Cannot read PKCS#12 file " + file + ": " + e.getMessage(), e);
        }
    }
}
