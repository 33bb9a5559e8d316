package dev.mailroom.server.filters.antivirus;

import dev.mailroom.core.antivirus.AntivirusSettings;
import dev.mailroom.core.antivirus.ClamdAddress;
import dev.mailroom.core.antivirus.ClamdSettings;
import dev.mailroom.core.antivirus.CommandLineScannerSettings;
import dev.mailroom.core.antivirus.ScannerStatus;
import dev.mailroom.core.logs.ServiceLog;
import dev.mailroom.server.filters.FilterContext;
import dev.mailroom.server.filters.FilterVerdict;
import dev.mailroom.server.filters.FilteredMessage;
import dev.mailroom.server.filters.MessageFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Antivirus filter as the server runs it: the current {@link AntivirusSettings} turned into
 * scanners and an {@link AntivirusFilter}, rebuilt whenever the settings are saved. Scans that
 * started with the previous settings finish on the previous scanners, which are closed after
 * the last of them.
 */
public final class Antivirus implements MessageFilter {
    private static final int REMEMBERED_VERDICTS = 256;
    private final FilterContext context;
    private final Path dataDir;
    private final ServiceLog log;
    private final Quarantine quarantine;
    private final ExecutorService executor;
    private final Map<String, Decided> recent = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Decided> eldest) {
            return size() > REMEMBERED_VERDICTS;
        }
    };
    private volatile Generation current;
    private volatile boolean closed;

    public Antivirus(FilterContext context) {
        this.context = context;
        this.dataDir = context.server().dataDir();
        this.log = context.log();
        this.quarantine = new Quarantine(dataDir);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "antivirus-scan");
            t.setDaemon(true);
            return t;
        });
        AntivirusSettings settings = context.server().settings().read(AntivirusSettings.SECTION);
        for (CommandLineScannerSettings c : settings.commandLine()) {
            CommandLineScanner.removeLeftovers(dataDir.resolve(c.scratchDirectory()));
        }
        this.current = build(settings);
        context.server().settings().onChange(AntivirusSettings.SECTION, this::reconfigure);
    }

    @Override
    public String name() {
        return "Antivirus";
    }

    @Override
    public FilterVerdict apply(FilteredMessage message) {
        Generation g = acquire();
        if (g == null) {
            // Closed while this session was still receiving (the SMTP service restarted):
            // not scanned, so never passed as clean; the client tries again shortly.
            log.debug(message.messageId(), "Antivirus: Could not scan: the filter was stopped; action TEMPFAIL");
            return new FilterVerdict.Reject(451, "4.7.0", "Message could not be scanned for viruses, try again later");
        }
        try {
            if (g.filter == null) {
                return FilterVerdict.Accept.plain();
            }
            AntivirusFilter.Decision d = g.filter.decide(message);
            synchronized (recent) {
                recent.put(message.messageId(), new Decided(message, d));
            }
            return d.verdict();
        } finally {
            g.release();
        }
    }

    /** A recent decision and the message it was about. */
    public record Decided(FilteredMessage message, AntivirusFilter.Decision decision) {
    }

    /**
     * The latest of the last few hundred decisions that matches, for "Send test virus", which
     * learns no message id when its message is refused.
     */
    public Optional<Decided> latest(java.util.function.Predicate<FilteredMessage> which) {
        synchronized (recent) {
            Decided found = null;
            for (Decided d : recent.values()) {
                if (which.test(d.message())) {
                    found = d;
                }
            }
            return Optional.ofNullable(found);
        }
    }

    public Quarantine quarantine() {
        return quarantine;
    }

    /** Asks every configured scanner, enabled or not, whether it answers now. */
    public List<ScannerStatus> probe() {
        AntivirusSettings s = context.server().settings().read(AntivirusSettings.SECTION);
        List<ScannerStatus> out = new ArrayList<>();
        for (ClamdSettings c : s.clamd()) {
            try (VirusScanner scanner = clamd(c)) {
                out.add(status(scanner.probe(), "clamd", c.enabled()));
            }
        }
        for (CommandLineScannerSettings c : s.commandLine()) {
            try (VirusScanner scanner = new CommandLineScanner(c, dataDir)) {
                out.add(status(scanner.probe(), "command-line", c.enabled()));
            }
        }
        return out;
    }

    /** Delivers a quarantined message to its envelope recipients and removes it from the quarantine. */
    public String release(String messageId) throws java.io.IOException {
        var entry = quarantine.entry(messageId)
                .orElseThrow(() -> new dev.mailroom.core.directory.NotFoundException("No quarantined message " + messageId));
        Path file = quarantine.message(messageId)
                .orElseThrow(() -> new dev.mailroom.core.directory.NotFoundException("No quarantined message " + messageId));
        String id = context.submission().submit(entry.sender(), entry.recipients(), file);
        log.debug(messageId, "Antivirus: quarantined message released to " + String.join(", ", entry.recipients())
                + " as " + id);
        quarantine.delete(messageId);
        return id;
    }

    private static ScannerStatus status(VirusScanner.ScannerState s, String kind, boolean enabled) {
        return new ScannerStatus(s.scanner(), kind, enabled, s.reachable(), s.version(), s.signatureDate(), s.detail());
    }

    private synchronized void reconfigure(AntivirusSettings settings) {
        if (closed) {
            return; // the store keeps listeners of stopped services; a stopped filter builds nothing
        }
        Generation old = current;
        current = build(settings);
        log.debug("", "Antivirus: settings changed; filter " + (settings.enabled() ? "on" : "off") + ", scanners "
                + current.names());
        old.retire();
    }

    /** The current generation, held for one scan; null once the filter is closed. */
    private Generation acquire() {
        while (true) {
            Generation g = current;
            if (g.tryAcquire()) {
                return g;
            }
            if (closed) {
                return null;
            }
            // retired between the read and the acquire: the next read sees its successor
        }
    }

    private Generation build(AntivirusSettings s) {
        if (!s.enabled()) {
            return new Generation(null, List.of());
        }
        List<VirusScanner> scanners = new ArrayList<>();
        s.clamd().stream().filter(ClamdSettings::enabled).forEach(c -> scanners.add(clamd(c)));
        s.commandLine().stream().filter(CommandLineScannerSettings::enabled)
                .forEach(c -> scanners.add(new CommandLineScanner(c, dataDir)));
        AntivirusFilter filter = new AntivirusFilter(s, scanners, quarantine, executor,
                (id, line) -> log.debug(id, "Antivirus: " + line),
                new InfectionNotices(context.submission(), dataDir, log));
        return new Generation(filter, scanners);
    }

    private static ClamdScanner clamd(ClamdSettings c) {
        return new ClamdScanner(c.name(), ClamdAddress.parse("socket", c.socket()), c.timeoutMillis(), c.poolSize());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        current.retire();
        executor.shutdownNow();
    }

    /** One set of scanners built from one version of the settings, closed after its last scan. */
    private static final class Generation {
        private final AntivirusFilter filter;
        private final List<VirusScanner> scanners;
        /** Scans in progress, plus one while this is the current generation; 0 means closed. */
        private final AtomicInteger users = new AtomicInteger(1);

        Generation(AntivirusFilter filter, List<VirusScanner> scanners) {
            this.filter = filter;
            this.scanners = scanners;
        }

        boolean tryAcquire() {
            int n;
            do {
                n = users.get();
                if (n == 0) {
                    return false;
                }
            } while (!users.compareAndSet(n, n + 1));
            return true;
        }

        void release() {
            if (users.decrementAndGet() == 0) {
                scanners.forEach(VirusScanner::close);
            }
        }

        void retire() {
            release();
        }

        String names() {
            return scanners.isEmpty() ? "none" : String.join(", ", scanners.stream().map(VirusScanner::name).toList());
        }
    }
}
