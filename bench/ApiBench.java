import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code generate DIR POSTOFFICES MAILBOXES}: writes a directory of POSTOFFICES post offices
 * (PO0000...) with one domain each (po0000.example) and MAILBOXES mailboxes each (user000...),
 * straight into the TAB files (going through the API would spend minutes hashing passwords).
 *
 * <p>Otherwise: latency of one admin API request against a running server, measured from a warm client
 * (one keep-alive connection, as the console holds): warm-up, then N timed requests.
 * Usage: java bench/ApiBench.java DATA_DIR PATH [N]
 * e.g.   java bench/ApiBench.java /tmp/bench "/postoffices/PO0500/mailboxes?limit=100&filter=user00" 500
 */
public class ApiBench {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        Path data = Path.of(args[0]);
        String path = args[1];
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        String url = Files.readString(data.resolve("admin.url")).strip() + "/api/v1" + path;
        String token = Files.readString(data.resolve("admin.token")).strip();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();

        HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (first.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + first.statusCode() + ": " + first.body());
        }
        int bytes = first.body().length();
        for (int i = 0; i < Math.max(100, n / 5); i++) {
            http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            ms.add((System.nanoTime() - t0) / 1e6);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("answered " + r.statusCode());
            }
        }
        Collections.sort(ms);
        System.out.printf("GET %s: %d requests, response %d bytes; median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                path, n, bytes, ms.get(n / 2), ms.get((int) (n * 0.95)), ms.get((int) (n * 0.99)), ms.get(n - 1));
        HttpRequest cold = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
        long t0 = System.nanoTime();
        HttpClient.newHttpClient().send(cold, HttpResponse.BodyHandlers.ofString());
        System.out.printf("GET %s from a new client (new connection): %.2f ms%n", path, (System.nanoTime() - t0) / 1e6);
    }

    static void generate(Path data, int postOffices, int mailboxes) throws Exception {
        Path config = data.resolve("Config");
        Files.createDirectories(config.resolve("Postoffices"));
        Files.createDirectories(data.resolve("Postoffices"));
        // One cheap hash shared by every mailbox: the benchmark measures lookups, not logins.
        String hash = new dev.mailroom.core.directory.PasswordHasher(1).hash("bench-password".toCharArray());
        StringBuilder po = new StringBuilder();
        StringBuilder domains = new StringBuilder();
        StringBuilder map = new StringBuilder();
        StringBuilder auth = new StringBuilder();
        for (int p = 0; p < postOffices; p++) {
            String name = String.format("PO%04d", p);
            String domain = String.format("po%04d.example", p);
            po.append(name).append("\t1\t\n");
            domains.append(domain).append('\t').append(name).append("\t1\t\t\t\t\n");
            StringBuilder boxes = new StringBuilder();
            for (int m = 0; m < mailboxes; m++) {
                String box = String.format("user%03d", m);
                boxes.append(box).append("\tUSER\t0\t1\t0\t\t0\n");
                map.append(name).append("\t[SMTP:").append(box).append('@').append(domain).append("]\t[SF:")
                        .append(name).append('/').append(box).append("]\t0\n");
                auth.append(box).append('@').append(name).append('\t').append(hash).append('\t').append(name).append('\n');
            }
            Path dir = config.resolve("Postoffices").resolve(name);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("MAILBOX.TAB"), boxes);
        }
        Files.writeString(config.resolve("DOMAIN.TAB"), domains);
        Files.writeString(config.resolve("ADDRESS-MAP.TAB"), map);
        Files.writeString(config.resolve("AUTH.TAB"), auth);
        Files.writeString(config.resolve("POSTOFFICE.TAB"), po); // last: its presence means "not a first start"
        System.out.printf("Generated %d post offices x %d mailboxes in %s%n", postOffices, mailboxes, data);
    }
}
