package dev.mailroom.core.antivirus;

import dev.mailroom.core.model.InvalidValueException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;

/**
 * Where clamd listens, as written in the settings: {@code tcp:HOST:PORT} (clamd.conf's
 * TCPSocket/TCPAddr) or {@code unix:/path/to/clamd.ctl} (LocalSocket).
 */
public record ClamdAddress(String text, SocketAddress socketAddress) {

    public static ClamdAddress parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(field, "clamd socket is required, e.g. tcp:127.0.0.1:3310 or unix:/run/clamav/clamd.ctl");
        }
        String v = raw.strip();
        if (v.startsWith("unix:")) {
            String path = v.substring(5);
            if (path.isBlank() || !path.startsWith("/")) {
                throw new InvalidValueException(field, "A unix socket needs an absolute path, e.g. unix:/run/clamav/clamd.ctl");
            }
            return new ClamdAddress(v, UnixDomainSocketAddress.of(Path.of(path)));
        }
        String hostPort = v.startsWith("tcp:") ? v.substring(4) : v;
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new InvalidValueException(field, "Write the clamd TCP socket as tcp:HOST:PORT, e.g. tcp:127.0.0.1:3310");
        }
        String host = hostPort.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "The clamd port must be a number from 1 to 65535");
        }
        if (port < 1 || port > 65535) {
            throw new InvalidValueException(field, "The clamd port must be a number from 1 to 65535");
        }
        return new ClamdAddress("tcp:" + hostPort, InetSocketAddress.createUnresolved(host, port));
    }

    /** The address to connect to, resolving a host name at connect time rather than at parse time. */
    public SocketAddress connectable() {
        if (socketAddress instanceof InetSocketAddress inet && inet.isUnresolved()) {
            return new InetSocketAddress(inet.getHostString(), inet.getPort());
        }
        return socketAddress;
    }

    @Override
    public String toString() {
        return text;
    }
}
