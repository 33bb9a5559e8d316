package dev.mailroom.server.mta;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The client TLS context for outbound STARTTLS. Server-to-server SMTP encrypts opportunistically
 * without authenticating the peer (RFC 7435; RFC 3207 §4.1: a server that cannot verify the
 * certificate should still deliver), since MX hosts commonly present self-signed or mismatched
 * certificates and refusing them would only make the mail go in clear text.
 */
final class OpportunisticTls {
    private OpportunisticTls() {
    }

    static SSLContext context() {
        try {
            SSLContext c = SSLContext.getInstance("TLS");
            c.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                    // client side only
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // encryption without authentication, see the class comment
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this Java runtime", e);
        }
    }
}
