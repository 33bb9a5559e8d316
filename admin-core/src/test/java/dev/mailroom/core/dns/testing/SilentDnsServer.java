package dev.mailroom.core.dns.testing;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;

/**
 * A DNS server that never answers: a bound UDP socket nobody reads. A provider pointed at it
 * times out, which is how a test proves the checks fail open. Binding (rather than a closed
 * port) matters: a closed port answers with ICMP "port unreachable", a failure, not a timeout.
 */
public final class SilentDnsServer implements AutoCloseable {
    private final DatagramSocket socket;

    public SilentDnsServer() throws IOException {
        socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
    }

    public String server() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    @Override
    public void close() {
        socket.close();
    }
}
