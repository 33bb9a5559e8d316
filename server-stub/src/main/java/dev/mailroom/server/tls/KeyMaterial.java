package dev.mailroom.server.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A private key with its certificate chain, leaf first. */
record KeyMaterial(PrivateKey key, List<X509Certificate> chain) {
    KeyMaterial {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a certificate chain needs at least one certificate");
        }
        chain = List.copyOf(chain);
    }
}
