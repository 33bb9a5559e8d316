package dev.mailroom.server.mta;

import dev.mailroom.core.config.SettingsSections;
import dev.mailroom.core.dns.ResolverFactory;
import dev.mailroom.core.dns.checks.DnsCheckSettings;
import dev.mailroom.core.mta.MtaQueueDto;
import dev.mailroom.core.mta.MtaSettings;
import dev.mailroom.core.relay.RelaySettings;
import dev.mailroom.core.smtp.SmtpSections;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.service.MailService;
import dev.mailroom.server.smtp.OutboundQueue;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Agents &gt; MTA: delivers the outbound queue. A scheduler thread notices new envelopes in
 * {@code Queues/Outbound/} and hands every message that is due (by the service's clock, which
 * tests control) to a pool of {@code threads} workers. A worker groups the pending recipients
 * by destination, delivers each group over one connection (smart host, or MX hosts in order
 * with A/AAAA fallback), records each acceptance right after the remote's 250, then either
 * finishes the message, or schedules the next attempt, returning failed recipients to the
 * sender as the settings and article 12 allow. No listening port: its status line is its queue.
 */
public final class MtaService implements MailService {
    private static final Logger LOG = LoggerFactory.getLogger(MtaService.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(200);
    private static final Duration SCAN_INTERVAL = Duration.ofMillis(100);
    private long lastScan;
    /** Set by {@link #wake()}: an outside change (new message, test, API) is looked for at once. */
    private volatile boolean wakeScan;

    private final ServerContext ctx;
    private final Clock clock;
    private final MtaQueue queue;
    private final Map<String, QueueItem> items = new ConcurrentHashMap<>();
    private final Set<String> active = ConcurrentHashMap.newKeySet();
    private final Map<String, Semaphore> perDestination = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wakeUp = lock.newCondition();
    private final SSLContext tls = OpportunisticTls.context();
    /** Held while a message is handed to a worker and while the administrator acts on one. */
    private final Object dispatch = new Object();
    private boolean wakeRequested;
    private volatile boolean running;
    private Thread scheduler;
    private ExecutorService workers;
    private MtaLog log;
    private Bounces bounces;

    public MtaService(ServerContext ctx) {
        this(ctx, ctx.clock());
    }

    /** With a clock of the caller's (tests move it forward to make retries due). */
    public MtaService(ServerContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
        this.queue = new MtaQueue(ctx.dataDir());
    }

    @Override
    public String name() {
        return "mta";
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        log = new MtaLog(ctx.dataDir(), clock);
        bounces = new Bounces(ctx.directory(), ctx.messages(), new OutboundQueue(ctx.dataDir()), clock,
                ctx.dataDir().resolve("Queues").resolve("Incoming"));
        int threads = settings().threads();
        workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mta-worker");
            t.setDaemon(true);
            return t;
        });
        scheduler = new Thread(this::schedule, "mta-scheduler");
        scheduler.setDaemon(true);
        scheduler.start();
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wake();
        try {
            scheduler.join(5_000);
            workers.shutdown();
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.close();
    }

    @Override
    public List<Listener> listeners() {
        // Not a port: the status shows the agent and its queue (state ACTIVE keeps it out of
        // the ready line, which lists host:port pairs).
        return List.of(new Listener("Outbound queue: " + items.size() + " messages, " + active.size() + " being delivered",
                "", 0, running ? "ACTIVE" : "STOPPED", "", "mta"));
    }

    /** Makes the scheduler look at the queue folder and the clock now. */
    public void wake() {
        wakeScan = true;
        signal();
    }

    private void signal() {
        lock.lock();
        try {
            wakeRequested = true;
            wakeUp.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until every log line so far is written (tests, and the API before reading a log). */
    public boolean flushLogs() {
        return log.flush(5_000);
    }

    private MtaSettings settings() {
        return ctx.settings().read(MtaSettings.SECTION);
    }

    private void schedule() {
        while (running) {
            try {
                // Listing the folder costs O(queue); a worker finishing wakes the scheduler
                // once per message, so the folder is listed at most every SCAN_INTERVAL.
                long t = System.nanoTime();
                if (t - lastScan >= SCAN_INTERVAL.toNanos() || wakeScan) {
                    wakeScan = false;
                    lastScan = t;
                    scan();
                }
                dispatchDue();
            } catch (RuntimeException | IOException e) {
                LOG.warn("MTA scheduler: {}", e.toString());
            }
            lock.lock();
            try {
                if (!wakeRequested && running) {
                    wakeUp.await(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
                }
                wakeRequested = false;
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
        }
    }

    private void scan() throws IOException {
        Instant now = clock.instant();
        for (String id : queue.ids()) {
            if (items.containsKey(id) || active.contains(id)) {
                continue;
            }
            try {
                queue.load(id, now, this::verifiedSender).ifPresent(item -> items.put(id, item));
            } catch (IOException unreadable) {
                // The SMTP side renames the envelope into place, so this is a file being
                // removed right now; the next scan sees the final state.
                LOG.debug("MTA: {} unreadable: {}", id, unreadable.toString());
            }
        }
    }

    private void dispatchDue() {
        Instant now = clock.instant();
        int limit = settings().threads() * 2;
        List<QueueItem> due = items.values().stream()
                .filter(i -> !active.contains(i.id()) && !i.nextAttempt().isAfter(now))
                .sorted(Comparator.comparing(QueueItem::nextAttempt))
                .toList();
        for (QueueItem item : due) {
            synchronized (dispatch) {
                if (active.size() >= limit) {
                    return;
                }
                if (!items.containsKey(item.id())) {
                    continue;
                }
                active.add(item.id());
            }
            workers.submit(() -> {
                try {
                    attempt(item.id());
                } catch (RuntimeException | IOException e) {
                    LOG.error("MTA: delivery of {} failed", item.id(), e);
                    log.debug(item.id(), "Delivery attempt aborted: " + e);
                } finally {
                    active.remove(item.id());
                    signal();
                }
            });
        }
    }

    /**
     * Whether the sender of a queued message may be sent a bounce (article 12): the SMTP
     * session recorded who submitted it. Verified are a sender who authenticated, a client in
     * the privileged IP ranges, and messages the server made itself (no client IP).
     */
    boolean verifiedSender(OutboundQueue.Envelope e) {
        if (e.sender() == null || e.sender().isEmpty()) {
            return false;
        }
        if (e.authenticated() != null && !e.authenticated().isEmpty()) {
            return true;
        }
        if (e.clientIp() == null || e.clientIp().isEmpty()) {
            return true;
        }
        RelaySettings relay = ctx.settings().read(SmtpSections.RELAY);
        try {
            return relay.allowPrivilegedRanges() && relay.privilegedRanges().matches(InetAddress.getByName(e.clientIp()));
        } catch (IOException notAnAddress) {
            return false;
        }
    }

    private void attempt(String id) throws IOException {
        QueueItem start = items.get(id);
        if (start == null) {
            return;
        }
        MtaSettings s = settings();
        Path mai = queue.message(id);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String r : start.pending()) {
            groups.computeIfAbsent(Router.destination(s, QueueItem.domainOf(r)), k -> new ArrayList<>()).add(r);
        }
        Router router = new Router(new MxResolver(ResolverFactory.create(
                ctx.settings().read(DnsCheckSettings.SECTION).dnsServer(), Duration.ofSeconds(5)), Duration.ofSeconds(5)));
        Holder cur = new Holder(start);
        List<RecipientOutcome> failed = new ArrayList<>();
        List<RecipientOutcome> retry = new ArrayList<>();
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            Semaphore limit = perDestination.computeIfAbsent(g.getKey(), k -> new Semaphore(s.perDestinationLimit()));
            limit.acquireUninterruptibly();
            try {
                for (RecipientOutcome o : deliverGroup(s, router, cur, g.getValue(), mai)) {
                    if (o.status() == RecipientOutcome.Status.FAILED) {
                        failed.add(o);
                    } else if (o.status() == RecipientOutcome.Status.RETRY) {
                        retry.add(o);
                    }
                    if (o.status() != RecipientOutcome.Status.DELIVERED) {
                        log.outcome(id, start.sender(), o, start.size());
                    }
                }
            } finally {
                limit.release();
            }
        }
        QueueItem item = cur.item.withFailed(failed);
        Instant now = clock.instant();
        if (item.finished()) {
            notifySender(DeliveryStatusNotification.Kind.FAILED, s, item, failed);
            // When the last recipient was an acceptance, its record is already the finished state.
            queue.finish(item, failed.isEmpty() && cur.saved && cur.item.finished());
            items.remove(id);
            log.debug(id, "Message (" + id + ") finished: " + item.delivered().size() + " delivered, "
                    + item.failed().size() + " failed");
            return;
        }
        int attempts = item.attempts() + 1;
        String error = retry.isEmpty() ? "" : retry.get(retry.size() - 1).reply();
        RetrySchedule schedule = new RetrySchedule(s.retryMinutes(), s.retryEveryMinutes(), s.lifetimeHours() * 60);
        Optional<Instant> next = schedule.nextAttempt(item.queuedAt(), attempts, now);
        if (next.isEmpty()) {
            List<RecipientOutcome> expired = new ArrayList<>();
            for (RecipientOutcome o : retry) {
                // Still a temporary failure, reported as failed: the DSN gives it status 4.4.7
                // (delivery time expired, RFC 3463).
                expired.add(new RecipientOutcome(o.recipient(), RecipientOutcome.Status.RETRY,
                        "message expired after " + s.lifetimeHours() + " hours; last error: " + o.reply(), o.remoteHost()));
            }
            expired.forEach(o -> log.outcome(id, start.sender(),
                    new RecipientOutcome(o.recipient(), RecipientOutcome.Status.FAILED, o.reply(), o.remoteHost()), 0));
            item = item.withFailed(expired);
            List<RecipientOutcome> report = new ArrayList<>(failed);
            report.addAll(expired);
            notifySender(DeliveryStatusNotification.Kind.FAILED, s, item, report);
            queue.finish(item);
            items.remove(id);
            log.debug(id, "Message (" + id + ") expired, returned to the sender");
            return;
        }
        notifySender(DeliveryStatusNotification.Kind.FAILED, s, item, failed);
        item = item.retryAt(next.get(), attempts, error);
        if (s.delayNoticeHours() > 0 && !item.delayNotified()
                && !now.isBefore(item.queuedAt().plus(Duration.ofHours(s.delayNoticeHours())))) {
            notifySender(DeliveryStatusNotification.Kind.DELAYED, s, item, retry);
            item = item.withDelayNotified();
        }
        queue.save(item);
        items.put(id, item);
        log.debug(id, "Message (" + id + ") attempt " + attempts + ": " + item.pending().size()
                + " recipient(s) to retry at " + next.get() + ": " + error);
    }

    /** The worker's current state of one message, saved after each remote acceptance. */
    private static final class Holder {
        QueueItem item;
        /** Whether {@link #item} is what is on disk. */
        boolean saved;

        Holder(QueueItem item) {
            this.item = item;
        }
    }

    private List<RecipientOutcome> deliverGroup(MtaSettings s, Router router, Holder cur, List<String> recipients, Path mai) {
        String id = cur.item.id();
        Route route = router.route(s, QueueItem.domainOf(recipients.get(0)));
        if (route instanceof Route.Permanent p) {
            log.debug(id, "No route to " + p.destination() + ": " + p.reason());
            return recipients.stream().map(r -> new RecipientOutcome(r, RecipientOutcome.Status.FAILED, p.reason(), "")).toList();
        }
        if (route instanceof Route.Temporary t) {
            log.debug(id, "No route to " + t.destination() + " now: " + t.reason());
            return recipients.stream().map(r -> new RecipientOutcome(r, RecipientOutcome.Status.RETRY, t.reason(), "")).toList();
        }
        List<OutboundSession.Target> targets = ((Route.Try) route).targets();
        InetAddress source = sourceAddress(s);
        String helo = s.heloName().isEmpty() ? ctx.settings().read(SettingsSections.SERVER).hostName() : s.heloName();
        List<String> left = new ArrayList<>(recipients);
        List<RecipientOutcome> out = new ArrayList<>();
        List<RecipientOutcome> lastRetry = List.of();
        for (OutboundSession.Target target : targets) {
            log.debug(id, "Connecting to " + target.host() + " [" + target.address().getHostAddress() + "]:" + target.port()
                    + " for " + String.join(", ", left));
            OutboundSession session = new OutboundSession(helo, source, s.connectTimeoutSeconds() * 1000,
                    s.commandTimeoutSeconds() * 1000, tls, log.transcript(id, target));
            List<RecipientOutcome> result = session.deliver(target, cur.item.sender(), left, mai, delivered -> {
                QueueItem updated = cur.item.withDelivered(delivered.stream().map(RecipientOutcome::recipient).toList());
                try {
                    queue.save(updated);
                    cur.saved = true;
                } catch (IOException e) {
                    cur.saved = false;
                    // The remote has the message: a failed save only risks a second copy after a crash.
                    LOG.error("MTA: cannot record delivery of {}", id, e);
                }
                cur.item = updated;
                delivered.forEach(o -> log.outcome(id, cur.item.sender(), o, cur.item.size()));
            });
            List<RecipientOutcome> retryHere = new ArrayList<>();
            for (RecipientOutcome o : result) {
                if (o.status() == RecipientOutcome.Status.RETRY) {
                    retryHere.add(o);
                } else {
                    out.add(o);
                }
            }
            left = retryHere.stream().map(RecipientOutcome::recipient).toList();
            lastRetry = retryHere;
            if (left.isEmpty()) {
                break;
            }
            // A 4xx or a connection failure at this host: the next MX may take it (RFC 5321 §5.1).
        }
        out.addAll(lastRetry);
        return out;
    }

    private InetAddress sourceAddress(MtaSettings s) {
        if (s.sourceAddress().isEmpty()) {
            return null;
        }
        try {
            return InetAddress.getByName(s.sourceAddress());
        } catch (IOException e) {
            return null;
        }
    }

    private void notifySender(DeliveryStatusNotification.Kind kind, MtaSettings s, QueueItem item,
                              List<RecipientOutcome> recipients) {
        if (recipients.isEmpty()) {
            return;
        }
        String why = item.sender().isEmpty() ? "the sender is <>"
                : s.suppressNdrs() ? "\"do not send NDRs\" is set"
                : !item.notifySender() ? "the sender was not verified (article 12: no backscatter)" : "";
        if (!why.isEmpty()) {
            log.debug(item.id(), "No " + kind.name().toLowerCase() + " notice for " + recipients.size()
                    + " recipient(s): " + why);
            return;
        }
        try {
            String dsn = bounces.send(kind, ctx.settings().read(SettingsSections.SERVER).hostName(), item,
                    queue.message(item.id()), recipients);
            log.debug(item.id(), "Sent " + kind.name().toLowerCase() + " notice (" + dsn + ") to <" + item.sender() + ">");
            wake();
        } catch (IOException e) {
            log.debug(item.id(), "Could not send the " + kind.name().toLowerCase() + " notice to <" + item.sender() + ">: " + e.getMessage());
        }
    }

    // ---- queue view and actions (API, console) ----

    public MtaQueueDto queueView(String domain, String sender) {
        Instant now = clock.instant();
        List<MtaQueueDto.Item> list = items.values().stream()
                .filter(i -> domain == null || domain.isBlank()
                        || i.pending().stream().anyMatch(r -> QueueItem.domainOf(r).equalsIgnoreCase(domain.strip())))
                .filter(i -> sender == null || sender.isBlank() || i.sender().toLowerCase().contains(sender.strip().toLowerCase()))
                .sorted(Comparator.comparing(QueueItem::queuedAt).thenComparing(QueueItem::id))
                .map(i -> new MtaQueueDto.Item(i.id(), i.sender(), i.pending(), i.size(), i.queuedAt(),
                        Math.max(0, Duration.between(i.queuedAt(), now).toSeconds()), i.attempts(), i.lastError(),
                        active.contains(i.id()) ? null : i.nextAttempt(), active.contains(i.id())))
                .toList();
        int retrying = (int) items.values().stream().filter(i -> i.attempts() > 0).count();
        return new MtaQueueDto(items.size(), retrying, active.size(), list);
    }

    /** Makes a message due now. */
    public void retryNow(String id) throws IOException {
        synchronized (dispatch) {
            retryNowIdle(idle(id));
        }
    }

    private void retryNowIdle(QueueItem item) throws IOException {
        String id = item.id();
        QueueItem due = item.retryAt(clock.instant(), item.attempts(), item.lastError());
        queue.save(due);
        items.put(id, due);
        wake();
    }

    /** Removes a message without telling anyone. */
    public void delete(String id) throws IOException {
        synchronized (dispatch) {
            deleteIdle(idle(id));
        }
    }

    private void deleteIdle(QueueItem item) throws IOException {
        String id = item.id();
        queue.finish(item);
        items.remove(id);
        log.debug(id, "Message (" + id + ") deleted from the queue by the administrator");
    }

    /** Gives up on every pending recipient now and returns the message to its sender (if allowed). */
    public void bounce(String id) throws IOException {
        synchronized (dispatch) {
            bounceIdle(idle(id));
        }
    }

    private void bounceIdle(QueueItem item) throws IOException {
        String id = item.id();
        List<RecipientOutcome> failed = item.pending().stream().map(r -> new RecipientOutcome(r, RecipientOutcome.Status.FAILED,
                "5.0.0 returned to the sender by the administrator" + (item.lastError().isEmpty() ? "" : "; last error: " + item.lastError()),
                "")).toList();
        QueueItem done = item.withFailed(failed);
        failed.forEach(o -> log.outcome(id, item.sender(), o, 0));
        notifySender(DeliveryStatusNotification.Kind.FAILED, settings(), done, failed);
        queue.finish(done);
        items.remove(id);
    }

    /** A queued message no worker is delivering right now (an action on one being delivered waits for the result). */
    private QueueItem idle(String id) {
        QueueItem item = items.get(id);
        if (item == null) {
            throw new QueueItemNotFound(id);
        }
        if (active.contains(id)) {
            throw new dev.mailroom.core.api.ApiException(409, new dev.mailroom.core.api.ApiError("busy",
                    "Message " + id + " is being delivered right now; try again in a moment", "id"));
        }
        return item;
    }

    /** No queued message has that id. */
    public static final class QueueItemNotFound extends dev.mailroom.core.directory.NotFoundException {
        public QueueItemNotFound(String id) {
            super("No queued message " + id);
        }
    }
}
