package dev.mailroom.app.pop;

import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.pop3.Pop3Settings;
import dev.mailroom.core.pop3.Pop3StatusDto;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.OptionalInt;

/**
 * A real server for the console's tests, started in-process on free ports (tests may use the
 * server classes; the console's main code reaches it only through the admin API).
 */
final class PopServer implements AutoCloseable {
    final RunningServer server;
    final AdminClient client;

    PopServer(Path data) throws java.io.IOException {
        server = ServerLauncher.start(data, new ServerContext.Overrides(null, OptionalInt.of(0), OptionalInt.of(0)), 0, null);
        client = server.client();
        client.createPostOffice("Example");
        client.createMailbox("Example", "erin", "erin-pass-1".toCharArray(), MailboxType.USER, 0);
    }

    int pop3Port() {
        return client.get("/pop3", Pop3StatusDto.class).listeners().stream()
                .filter(l -> l.label().equals("POP3")).findFirst().orElseThrow().port();
    }

    /** Two wrong passwords from this machine's non-loopback address, with a ban after two. */
    String banThisMachine() throws Exception {
        Pop3Settings s = client.getSettings("pop3", Pop3Settings.class);
        client.putSettings("pop3", new Pop3Settings(s.port(), s.portEnabled(), s.tlsPort(), s.tlsPortEnabled(),
                s.bindAddress(), true, s.alternateAtCharacters(), s.maxConnections(), s.idleTimeoutSeconds(), 10,
                new Pop3Settings.AutoBan(true, 2, 10, 30)));
        String host = externalAddress();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, pop3Port()), 5000);
            socket.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            in.readLine();
            for (int i = 0; i < 2; i++) {
                out.write("USER erin@Example\r\nPASS wrong\r\n".getBytes(StandardCharsets.US_ASCII));
                in.readLine();
                in.readLine();
            }
        }
        return host;
    }

    static String externalAddress() throws Exception {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (ni.isUp() && !ni.isLoopback()) {
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLinkLocalAddress()) {
                        return a.getHostAddress();
                    }
                }
            }
        }
        throw new AssertionError("this machine has no non-loopback IPv4 address to act as a remote client");
    }

    @Override
    public void close() {
        server.close();
    }
}
