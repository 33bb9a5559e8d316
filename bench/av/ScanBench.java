import dev.mailroom.core.antivirus.ClamdAddress;
import dev.mailroom.server.filters.antivirus.ClamdScanner;
import dev.mailroom.server.filters.antivirus.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Mailroom's clamd client alone (ClamdScanner: INSTREAM over a pool of IDSESSION connections)
 * on a folder of messages, THREADS scans at once: the like-for-like comparison with
 * {@code clamdscan --multiscan}, without SMTP, spooling or delivery.
 *
 *   java -cp server-stub/target/mailroom-server.jar bench/av/ScanBench.java PORT DIR THREADS
 */
public class ScanBench {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        try (ClamdScanner scanner = new ClamdScanner("ClamAV", ClamdAddress.parse("socket", "tcp:127.0.0.1:" + port),
                30_000, threads)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long t0 = System.nanoTime();
            List<Future<ScanResult>> results = files.stream().map(f -> pool.submit(() -> scanner.scan(f))).toList();
            int clean = 0;
            for (Future<ScanResult> r : results) {
                if (r.get().outcome() == ScanResult.Outcome.CLEAN) {
                    clean++;
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();
            System.out.printf("%-40s: %7.2f s  %8.1f files/s  clean %d of %d%n", "Mailroom ClamdScanner alone (" + threads
                    + " at once)", secs, files.size() / secs, clean, files.size());
        }
    }
}
