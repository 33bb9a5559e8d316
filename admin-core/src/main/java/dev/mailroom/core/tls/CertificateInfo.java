package dev.mailroom.core.tls;

import java.time.Instant;
import java.util.List;

/**
 * What the console shows about the certificate in use: who it names, who issued it, until when
 * it is valid and its SHA-256 fingerprint (what a client's "trust this certificate?" prompt shows).
 */
public record CertificateInfo(String subject, String issuer, Instant notBefore, Instant notAfter,
                             String sha256Fingerprint, List<String> dnsNames, boolean selfSigned, String source) {
    public CertificateInfo {
        dnsNames = dnsNames == null ? List.of() : List.copyOf(dnsNames);
    }
}
