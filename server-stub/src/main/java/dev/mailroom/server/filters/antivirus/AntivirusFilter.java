package dev.mailroom.server.filters.antivirus;

import dev.mailroom.core.antivirus.AntivirusSettings;
import dev.mailroom.server.filters.FilterVerdict;
import dev.mailroom.server.filters.FilteredMessage;
import dev.mailroom.server.filters.MessageFilter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Scans each message with every enabled scanner at once; the message is infected if any
 * scanner says so, and unscanned if any scanner failed and none found a virus. What happens
 * then is the administrator's choice in {@link AntivirusSettings}; a scan that failed never
 * lets a message through as clean, and never loses it.
 */
public final class AntivirusFilter implements MessageFilter {
    private final AntivirusSettings settings;
    private final List<VirusScanner> scanners;
    private final Quarantine quarantine;
    private final ExecutorService executor;
    private final VerdictLog log;
    private final InfectionNotifier notifier;

    /** Where each verdict is written (the MTA/filter debug log). */
    public interface VerdictLog {
        void write(String messageId, String line);
    }

    /** Sends the optional notices; the sender is never among the addressees (article 12). */
    public interface InfectionNotifier {
        void infected(FilteredMessage message, String virusName, List<String> notifyAddresses);
    }

    public AntivirusFilter(AntivirusSettings settings, List<VirusScanner> scanners, Quarantine quarantine,
                           ExecutorService executor, VerdictLog log, InfectionNotifier notifier) {
        this.settings = settings;
        this.scanners = List.copyOf(scanners);
        this.quarantine = quarantine;
        this.executor = executor;
        this.log = log;
        this.notifier = notifier;
    }

    @Override
    public String name() {
        return "Antivirus";
    }

    /** A verdict with what it was based on: the virus name when one was found, else empty. */
    public record Decision(FilterVerdict verdict, String virusName, boolean scanned) {
    }

    @Override
    public FilterVerdict apply(FilteredMessage message) {
        return decide(message).verdict();
    }

    public Decision decide(FilteredMessage message) {
        List<ScanResult> results = scanAll(message);
        ScanResult infected = results.stream().filter(ScanResult::infected).findFirst().orElse(null);
        if (infected != null) {
            log.write(message.messageId(), "Virus found: " + infected.virusName() + " (scanner " + infected.scanner()
                    + ", sender <" + message.sender() + ">, client " + message.clientIp() + "); action "
                    + settings.onInfected());
            notifyAbout(message, infected.virusName());
            return new Decision(act(message, infected), infected.virusName(), true);
        }
        List<ScanResult> failed = results.stream().filter(ScanResult::failed).toList();
        if (!failed.isEmpty()) {
            String why = failed.stream().map(r -> r.scanner() + ": " + r.detail()).collect(Collectors.joining("; "));
            log.write(message.messageId(), "Could not scan: " + why + "; action " + settings.onScanFailure());
            if (settings.onScanFailure() == AntivirusSettings.ScanFailureAction.ACCEPT_AND_MARK) {
                return new Decision(new FilterVerdict.Accept(List.of("X-Mailroom-Virus-Scan: not scanned (scanner unavailable)")),
                        "", false);
            }
            return new Decision(new FilterVerdict.Reject(451, "4.7.0", "Message could not be scanned for viruses, try again later"),
                    "", false);
        }
        String names = results.stream().map(ScanResult::scanner).collect(Collectors.joining(", "));
        log.write(message.messageId(), "Clean (" + names + ")");
        return new Decision(new FilterVerdict.Accept(List.of("X-Mailroom-Virus-Scan: clean (" + names + ")")), "", true);
    }

    private FilterVerdict act(FilteredMessage message, ScanResult infected) {
        switch (settings.onInfected()) {
            case QUARANTINE -> {
                try {
                    quarantine.put(message, infected.virusName(), infected.scanner());
                    return new FilterVerdict.Withheld("quarantine", infected.virusName());
                } catch (IOException e) {
                    // Not kept safely: refuse for now rather than accept and lose it.
                    log.write(message.messageId(), "Quarantine failed: " + e.getMessage());
                    return new FilterVerdict.Reject(451, "4.3.0", "Message could not be quarantined, try again later");
                }
            }
            case DELETE -> {
                return new FilterVerdict.Withheld("deleted", infected.virusName());
            }
            default -> {
                return new FilterVerdict.Reject(554, "5.7.1", "Message rejected: virus " + infected.virusName() + " found");
            }
        }
    }

    private void notifyAbout(FilteredMessage message, String virus) {
        List<String> to = new ArrayList<>();
        if (settings.notifyAdministrator()) {
            to.add(settings.administratorAddress());
        }
        // A rejected message is never delivered, so its recipients learn nothing they need.
        if (settings.notifyRecipient() && settings.onInfected() != AntivirusSettings.InfectedAction.REJECT) {
            to.addAll(message.localRecipients());
        }
        to.removeIf(a -> a.equalsIgnoreCase(message.sender()));
        if (!to.isEmpty()) {
            notifier.infected(message, virus, to);
        }
    }

    private List<ScanResult> scanAll(FilteredMessage message) {
        if (scanners.size() == 1) {
            return List.of(scanners.get(0).scan(message.file()));
        }
        List<Future<ScanResult>> futures = new ArrayList<>();
        for (VirusScanner s : scanners) {
            futures.add(executor.submit(() -> s.scan(message.file())));
        }
        List<ScanResult> results = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            try {
                results.add(futures.get(i).get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.add(ScanResult.error(scanners.get(i).name(), "interrupted"));
            } catch (ExecutionException e) {
                results.add(ScanResult.error(scanners.get(i).name(), String.valueOf(e.getCause())));
            }
        }
        return results;
    }
}
