package dev.mailroom.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The server's version, from the Maven metadata packed into the jar; {@code dev} when running
 * from classes (tests, an IDE).
 */
public final class ServerVersion {
    private static final String VERSION = load();

    private ServerVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ServerVersion.class.getResourceAsStream(
                "/META-INF/maven/dev.mailroom/server-stub/pom.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
