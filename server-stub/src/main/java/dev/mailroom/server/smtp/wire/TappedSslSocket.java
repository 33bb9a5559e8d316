package dev.mailroom.server.smtp.wire;

import dev.mailroom.server.smtp.SmtpConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import javax.net.ssl.HandshakeCompletedListener;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * A TLS socket whose clear-text output is tapped for the transcript. It delegates everything to
 * the JDK's socket; SubEthaSMTP sees an {@link SSLSocket}, so it knows TLS is active.
 */
final class TappedSslSocket extends SSLSocket implements Tapped {
    private final SSLSocket ssl;
    private final SmtpConnection connection;
    private ReplyTap tap;

    TappedSslSocket(SSLSocket ssl, SmtpConnection connection) {
        this.ssl = ssl;
        this.connection = connection;
    }

    @Override
    public SmtpConnection connection() {
        return connection;
    }

    @Override
    public synchronized OutputStream getOutputStream() throws IOException {
        if (tap == null) {
            tap = new ReplyTap(ssl.getOutputStream(), connection);
        }
        return tap;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return ssl.getInputStream();
    }

    @Override
    public void close() throws IOException {
        ssl.close();
    }

    @Override
    public boolean isClosed() {
        return ssl.isClosed();
    }

    @Override
    public boolean isBound() {
        return ssl.isBound();
    }

    @Override
    public boolean isConnected() {
        return ssl.isConnected();
    }

    @Override
    public InetAddress getInetAddress() {
        return ssl.getInetAddress();
    }

    @Override
    public InetAddress getLocalAddress() {
        return ssl.getLocalAddress();
    }

    @Override
    public int getPort() {
        return ssl.getPort();
    }

    @Override
    public int getLocalPort() {
        return ssl.getLocalPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return ssl.getRemoteSocketAddress();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return ssl.getLocalSocketAddress();
    }

    @Override
    public void setSoTimeout(int timeout) throws SocketException {
        ssl.setSoTimeout(timeout);
    }

    @Override
    public int getSoTimeout() throws SocketException {
        return ssl.getSoTimeout();
    }

    @Override
    public void shutdownInput() throws IOException {
        ssl.shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
        ssl.shutdownOutput();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return ssl.getSupportedCipherSuites();
    }

    @Override
    public String[] getEnabledCipherSuites() {
        return ssl.getEnabledCipherSuites();
    }

    @Override
    public void setEnabledCipherSuites(String[] suites) {
        ssl.setEnabledCipherSuites(suites);
    }

    @Override
    public String[] getSupportedProtocols() {
        return ssl.getSupportedProtocols();
    }

    @Override
    public String[] getEnabledProtocols() {
        return ssl.getEnabledProtocols();
    }

    @Override
    public void setEnabledProtocols(String[] protocols) {
        ssl.setEnabledProtocols(protocols);
    }

    @Override
    public SSLSession getSession() {
        return ssl.getSession();
    }

    @Override
    public SSLSession getHandshakeSession() {
        return ssl.getHandshakeSession();
    }

    @Override
    public void addHandshakeCompletedListener(HandshakeCompletedListener listener) {
        ssl.addHandshakeCompletedListener(listener);
    }

    @Override
    public void removeHandshakeCompletedListener(HandshakeCompletedListener listener) {
        ssl.removeHandshakeCompletedListener(listener);
    }

    @Override
    public void startHandshake() throws IOException {
        ssl.startHandshake();
    }

    @Override
    public void setUseClientMode(boolean mode) {
        ssl.setUseClientMode(mode);
    }

    @Override
    public boolean getUseClientMode() {
        return ssl.getUseClientMode();
    }

    @Override
    public void setNeedClientAuth(boolean need) {
        ssl.setNeedClientAuth(need);
    }

    @Override
    public boolean getNeedClientAuth() {
        return ssl.getNeedClientAuth();
    }

    @Override
    public void setWantClientAuth(boolean want) {
        ssl.setWantClientAuth(want);
    }

    @Override
    public boolean getWantClientAuth() {
        return ssl.getWantClientAuth();
    }

    @Override
    public void setEnableSessionCreation(boolean flag) {
        ssl.setEnableSessionCreation(flag);
    }

    @Override
    public boolean getEnableSessionCreation() {
        return ssl.getEnableSessionCreation();
    }

    @Override
    public SSLParameters getSSLParameters() {
        return ssl.getSSLParameters();
    }

    @Override
    public void setSSLParameters(SSLParameters params) {
        ssl.setSSLParameters(params);
    }

    @Override
    public String getApplicationProtocol() {
        return ssl.getApplicationProtocol();
    }
}
