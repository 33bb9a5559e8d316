package dev.mailroom.server.launch;

import dev.mailroom.server.service.MailService;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * A minimal real service for launcher tests: it binds a real listening socket the way the SMTP
 * and POP3 services do, and reports STOPPED with the operating system's reason when it cannot.
 * (The real services live on other branches; the launcher must not depend on which are registered.)
 */
final class SocketService implements MailService {
    private final String name;
    private final int port;
    private volatile ServerSocket socket;
    private volatile String reason = "";
    private volatile boolean stopped;

    SocketService(String name, int port) {
        this.name = name;
        this.port = port;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start() {
        try {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            socket = s;
        } catch (IOException e) {
            reason = e.getMessage();
        }
    }

    @Override
    public void stop() {
        stopped = true;
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // Closing a listening socket only fails if it is already closed.
        }
    }

    boolean stopped() {
        return stopped;
    }

    @Override
    public List<Listener> listeners() {
        ServerSocket s = socket;
        boolean running = s != null && !s.isClosed();
        return List.of(new Listener(name, "127.0.0.1", running ? s.getLocalPort() : port,
                running ? "RUNNING" : "STOPPED", running ? "" : reason, name + ".port or --" + name + "-port"));
    }
}
