package dev.mailroom.server.tls;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Reads PEM files as administrators get them from a CA or certbot: a certificate file (leaf
 * first, then intermediates) and an unencrypted private key in PKCS#8 ({@code BEGIN PRIVATE KEY})
 * or the older PKCS#1/SEC1 forms ({@code BEGIN RSA PRIVATE KEY}, {@code BEGIN EC PRIVATE KEY}).
 */
final class PemKeyMaterial {
    private PemKeyMaterial() {
    }

    static KeyMaterial read(Path certificateFile, Path keyFile) throws TlsUnavailableException {
        List<X509Certificate> chain = readCertificates(certificateFile);
        if (chain.isEmpty()) {
            throw new TlsUnavailableException("Certificate file " + certificateFile + " holds no PEM certificate", null);
        }
        PrivateKey key = readKey(keyFile);
        if (!chain.get(0).getPublicKey().getAlgorithm().equals(key.getAlgorithm())) {
            throw new TlsUnavailableException("The private key in " + keyFile + " (" + key.getAlgorithm()
                    + ") does not belong to the certificate in " + certificateFile, null);
        }
        return new KeyMaterial(key, chain);
    }

    static List<X509Certificate> readCertificates(Path file) throws TlsUnavailableException {
        List<X509Certificate> out = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        try (Reader r = Files.newBufferedReader(requireReadable(file), StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(r)) {
            Object o;
            while ((o = parser.readObject()) != null) {
                if (o instanceof X509CertificateHolder holder) {
                    out.add(converter.getCertificate(holder));
                }
            }
            return out;
        } catch (IOException | CertificateException e) {
            throw new TlsUnavailableException("Cannot read certificate file " + file + ": " + e.getMessage(), e);
        }
    }

    static PrivateKey readKey(Path file) throws TlsUnavailableException {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (Reader r = Files.newBufferedReader(requireReadable(file), StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(r)) {
            Object o;
            while ((o = parser.readObject()) != null) {
                if (o instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (o instanceof PEMKeyPair pair) {
                    return converter.getKeyPair(pair).getPrivate();
                }
            }
            throw new TlsUnavailableException("Key file " + file
                    + " holds no unencrypted private key (encrypted keys are not supported: export it without a passphrase or use PKCS#12)", null);
        } catch (IOException e) {
            throw new TlsUnavailableException("Cannot read key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path requireReadable(Path file) throws TlsUnavailableException {
        if (!Files.isReadable(file)) {
            throw new TlsUnavailableException("File " + file + " does not exist or is not readable", null);
        }
        return file;
    }
}
