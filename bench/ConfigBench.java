import dev.mailroom.core.config.ConfigStore;
import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.PasswordHasher;
import dev.mailroom.core.directory.PostOffice;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Config store benchmark (run by bench/config-bench.sh, not a test).
 *
 *   generate DIR POS BOXES   write the TAB files of POS post offices x BOXES mailboxes directly
 *                            (one domain per post office, one address per mailbox). Password
 *                            hashes use 1 PBKDF2 iteration so 100,000 of them take seconds; the
 *                            stored string has the production format and nearly its length.
 *   load DIR                 time ConfigStore.open and the heap the loaded directory holds
 *   add DIR N                time N single-mailbox creations in different post offices
 *   filter DIR Q N           time N substring filters over every mailbox name
 */
public class ConfigBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "generate" -> generate(dir, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "load" -> load(dir);
            case "add" -> add(dir, Integer.parseInt(args[2]));
            case "filter" -> filter(dir, args[2], Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void generate(Path dir, int pos, int boxes) throws Exception {
        PasswordHasher cheap = new PasswordHasher(1);
        Path config = dir.resolve("Config");
        Files.createDirectories(config.resolve("Postoffices"));
        Files.createDirectories(dir.resolve("Postoffices"));
        try (BufferedWriter po = Files.newBufferedWriter(config.resolve("POSTOFFICE.TAB"));
             BufferedWriter dom = Files.newBufferedWriter(config.resolve("DOMAIN.TAB"));
             BufferedWriter auth = Files.newBufferedWriter(config.resolve("AUTH.TAB"));
             BufferedWriter map = Files.newBufferedWriter(config.resolve("ADDRESS-MAP.TAB"))) {
            for (int p = 0; p < pos; p++) {
                String name = String.format(Locale.ROOT, "PO%04d", p);
                String domain = String.format(Locale.ROOT, "po%04d.example", p);
                po.write(name + "\t1\t\n");
                dom.write(domain + "\t" + name + "\t1\t\t\t\t\n");
                Path poDir = config.resolve("Postoffices").resolve(name);
                Files.createDirectories(poDir);
                try (BufferedWriter mb = Files.newBufferedWriter(poDir.resolve("MAILBOX.TAB"))) {
                    for (int m = 0; m < boxes; m++) {
                        String box = String.format(Locale.ROOT, "user%05d", p * boxes + m);
                        mb.write(box + "\tUSER\t0\t1\t0\t\t0\n");
                        auth.write(box + "@" + name + "\t" + cheap.hash(("pw" + m).toCharArray()) + "\t" + name + "\n");
                        map.write(name + "\t[SMTP:" + box + "@" + domain + "]\t[SF:" + name + "/" + box + "]\t0\n");
                    }
                }
            }
        }
        System.out.printf("generated %d post offices x %d mailboxes in %s%n", pos, boxes, dir);
    }

    static ConfigStore open(Path dir) {
        return ConfigStore.open(dir, new PasswordHasher(1), line -> System.out.println("recovery: " + line));
    }

    static void load(Path dir) {
        long t0 = System.nanoTime();
        ConfigStore store = open(dir);
        long t1 = System.nanoTime();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        System.out.printf("load: %d post offices, %d mailboxes in %.0f ms; heap after GC %.0f MB (max %d MB)%n",
                store.postOffices().size(), store.mailboxCount(), (t1 - t0) / 1e6, heap / 1048576.0,
                rt.maxMemory() / 1048576);
    }

    static void add(Path dir, int n) {
        ConfigStore store = open(dir);
        List<PostOffice> pos = store.postOffices();
        // The first write also encodes every post office's cached AUTH/ADDRESS-MAP lines once.
        double[] ms = new double[n];
        long stamp = System.currentTimeMillis() % 100000;
        for (int i = 0; i < n; i++) {
            PostOfficeName po = pos.get((i * 37) % pos.size()).name();
            long t0 = System.nanoTime();
            store.createMailbox(po, MailboxName.of("new" + stamp + "x" + i), "pw".toCharArray(), MailboxType.USER, 0);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        double first = ms[0];
        Arrays.sort(ms, 1, n);
        System.out.printf("add one mailbox (PBKDF2 cost excluded: 1 iteration): first %.1f ms, then median %.1f ms,"
                + " max %.1f ms over %d adds%n", first, ms[1 + (n - 1) / 2], ms[n - 1], n - 1);
        PasswordHasher real = new PasswordHasher();
        long t0 = System.nanoTime();
        real.hash("pw".toCharArray());
        System.out.printf("for comparison, one production password hash (%d iterations): %.0f ms%n",
                PasswordHasher.DEFAULT_ITERATIONS, (System.nanoTime() - t0) / 1e6);
    }

    static void filter(Path dir, String q, int n) {
        ConfigStore store = open(dir);
        String needle = q.toLowerCase(Locale.ROOT);
        double[] ms = new double[n];
        int hits = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            List<Mailbox> out = new ArrayList<>();
            for (PostOffice po : store.postOffices()) {
                for (Mailbox m : store.mailboxesOf(po.name())) {
                    if (m.name().value().toLowerCase(Locale.ROOT).contains(needle)) {
                        out.add(m);
                    }
                }
            }
            hits = out.size();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("filter '%s' over %d mailboxes: %d hits, median %.1f ms, max %.1f ms over %d runs%n",
                q, store.mailboxCount(), hits, ms[n / 2], ms[n - 1], n);
    }
}
