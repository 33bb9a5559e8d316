package dev.mailroom.server.tls;

import dev.mailroom.core.tls.CertificateInfo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Turns an X.509 certificate into the {@link CertificateInfo} the console shows. */
final class CertificateDescription {
    private static final int DNS_NAME = 2;

    private CertificateDescription() {
    }

    static CertificateInfo of(X509Certificate c, String source) {
        return new CertificateInfo(c.getSubjectX500Principal().getName(), c.getIssuerX500Principal().getName(),
                c.getNotBefore().toInstant(), c.getNotAfter().toInstant(), fingerprint(c), dnsNames(c),
                c.getSubjectX500Principal().equals(c.getIssuerX500Principal()), source);
    }

    private static String fingerprint(X509Certificate c) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(c.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(d);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint certificate", e);
        }
    }

    private static List<String> dnsNames(X509Certificate c) {
        List<String> names = new ArrayList<>();
        try {
            if (c.getSubjectAlternativeNames() != null) {
                for (List<?> san : c.getSubjectAlternativeNames()) {
                    if (((Integer) san.get(0)) == DNS_NAME) {
                        names.add((String) san.get(1));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            return List.of();
        }
        return names;
    }
}
