package dev.mailroom.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.tls.TlsSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsContextProviderTest {
    @TempDir
    Path data;

    @Test
    void firstStartGeneratesSelfSignedCertificateAndLaterStartsReuseIt() throws Exception {
        TlsContextProvider first = TlsContextProvider.load(data, TlsSettings.defaults());
        Path key = data.resolve("Config/TLS/selfsigned.key");
        assertThat(key).exists();
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(first.info().selfSigned()).isTrue();
        assertThat(first.info().dnsNames()).containsExactly("localhost");

        TlsContextProvider second = TlsContextProvider.load(data, TlsSettings.defaults());
        assertThat(second.info().sha256Fingerprint()).isEqualTo(first.info().sha256Fingerprint());
        assertThat(handshakePeer(second.sslContext())).isEqualTo(first.certificate());
    }

    @Test
    void changingTheHostNameRegeneratesTheSelfSignedCertificate() throws Exception {
        TlsContextProvider first = TlsContextProvider.load(data, TlsSettings.defaults());
        TlsContextProvider renamed = TlsContextProvider.load(data,
                new TlsSettings(TlsSettings.Source.SELF_SIGNED, "", "", "", "", "mail.example.test"));
        assertThat(renamed.info().dnsNames()).containsExactly("mail.example.test");
        assertThat(renamed.info().sha256Fingerprint()).isNotEqualTo(first.info().sha256Fingerprint());
    }

    @Test
    void loadsAdministratorPemFilesInPkcs1AndPkcs8Form() throws Exception {
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=mx.example.test", "-days", "30",
                "-keyout", "k8.pem", "-out", "cert.pem");
        openssl("rsa", "-in", "k8.pem", "-traditional", "-out", "k1.pem");
        assertThat(Files.readString(data.resolve("k1.pem"))).contains("BEGIN RSA PRIVATE KEY");

        for (String keyFile : new String[] {"k8.pem", "k1.pem"}) {
            TlsContextProvider p = TlsContextProvider.load(data,
                    new TlsSettings(TlsSettings.Source.PEM, "cert.pem", keyFile, "", "", ""));
            assertThat(p.info().subject()).isEqualTo("CN=mx.example.test");
            assertThat(handshakePeer(p.sslContext()).getSubjectX500Principal().getName()).isEqualTo("CN=mx.example.test");
        }
    }

    @Test
    void loadsPkcs12AndNamesTheFileWhenThePasswordIsWrong() throws Exception {
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-subj", "/CN=p12.example.test", "-days", "30", "-keyout", "ec.pem", "-out", "ec.crt");
        openssl("pkcs12", "-export", "-in", "ec.crt", "-inkey", "ec.pem", "-passout", "pass:s3cret", "-out", "server.p12");

        TlsContextProvider p = TlsContextProvider.load(data,
                new TlsSettings(TlsSettings.Source.PKCS12, "", "", "server.p12", "s3cret", ""));
        assertThat(handshakePeer(p.sslContext()).getSubjectX500Principal().getName()).isEqualTo("CN=p12.example.test");

        assertThatThrownBy(() -> TlsContextProvider.load(data,
                new TlsSettings(TlsSettings.Source.PKCS12, "", "", "server.p12", "wrong", "")))
                .isInstanceOf(TlsUnavailableException.class).hasMessageContaining("server.p12");
    }

    @Test
    void aKeyThatDoesNotMatchOrAMissingFileIsAnExplainedError() throws Exception {
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=a", "-days", "1", "-keyout", "a.key", "-out", "a.crt");
        openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "b.key");
        assertThatThrownBy(() -> TlsContextProvider.load(data, new TlsSettings(TlsSettings.Source.PEM, "a.crt", "b.key", "", "", "")))
                .isInstanceOf(TlsUnavailableException.class).hasMessageContaining("does not belong");
        assertThatThrownBy(() -> TlsContextProvider.load(data, new TlsSettings(TlsSettings.Source.PEM, "missing.crt", "a.key", "", "", "")))
                .isInstanceOf(TlsUnavailableException.class).hasMessageContaining("missing.crt");
    }

    private void openssl(String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "openssl";
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd).directory(data.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    /** Runs a real TLS handshake over loopback and returns the certificate the client saw. */
    static X509Certificate handshakePeer(SSLContext server) throws Exception {
        try (SSLServerSocket ss = (SSLServerSocket) server.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> accepted = CompletableFuture.runAsync(() -> {
                try (SSLSocket s = (SSLSocket) ss.accept(); OutputStream out = s.getOutputStream()) {
                    out.write('!');
                    out.flush();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            SSLContext client = SSLContext.getInstance("TLS");
            client.init(null, new TrustManager[] {new TrustAll()}, null);
            try (SSLSocket c = (SSLSocket) client.getSocketFactory().createSocket()) {
                c.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), ss.getLocalPort()), 5000);
                c.startHandshake();
                InputStream in = c.getInputStream();
                assertThat(in.read()).isEqualTo('!');
                accepted.get(10, TimeUnit.SECONDS);
                return (X509Certificate) c.getSession().getPeerCertificates()[0];
            }
        }
    }

    /** The test checks which certificate is served, so it accepts any; production clients verify. */
    static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
