package dev.mailroom.app.logs;

import dev.mailroom.app.common.DialogService;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.logs.LogFileDto;
import dev.mailroom.core.logs.LogKind;
import dev.mailroom.core.logs.LogLineDto;
import dev.mailroom.core.logs.LogPageDto;
import dev.mailroom.core.logs.LogQuery;
import dev.mailroom.core.logs.LogsClient;
import dev.mailroom.core.model.InvalidValueException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state and commands of one log view (a service's Activity, Debug or W3C log): which day,
 * the rows shown, follow mode, the filter, jump to time, trace, the IP actions and export. No
 * controls: tests drive it directly. Server calls run on the {@link TaskExecutor}; the live tail
 * reads its event stream on a thread of its own and hands batches to {@code fx}.
 */
public final class LogViewModel {
    /** Lines fetched for a first screen, a jump or "Load earlier". */
    static final int PAGE = 1_000;
    /** Rows kept while following; the oldest go first. */
    static final int MAX_ROWS = 50_000;
    static final int SEARCH_LIMIT = 10_000;

    private final TaskExecutor executor;
    private final Supplier<AdminClient> client;
    private final DialogService dialogs;
    private final Executor fx;
    private final BiConsumer<String, Throwable> failed;
    private final Clock clock;
    private final String service;
    private final LogKind kind;

    private final ObservableList<LocalDate> days = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObservableList<LogRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty following = new SimpleBooleanProperty(true);
    private final BooleanProperty live = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();
    private final List<LogRow> pendingRows = new ArrayList<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<LogRow> reveal = new SimpleObjectProperty<>();
    private final BooleanProperty searching = new SimpleBooleanProperty();

    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty filterRegex = new SimpleBooleanProperty();
    private final StringProperty filterIp = new SimpleStringProperty("");
    private final StringProperty filterMessageId = new SimpleStringProperty("");
    private final StringProperty filterResponseClass = new SimpleStringProperty(LogFilter.ANY);
    private final StringProperty filterFrom = new SimpleStringProperty("");
    private final StringProperty filterTo = new SimpleStringProperty("");
    private final StringProperty filterError = new SimpleStringProperty("");
    private final StringProperty filterErrorField = new SimpleStringProperty("");
    private final StringProperty jumpTime = new SimpleStringProperty("");

    private BiConsumer<String, List<LogRow>> onLinesWindow = (title, lines) -> { };
    private volatile LogsClient.Follow follow;
    private volatile int generation;

    public LogViewModel(TaskExecutor executor, Supplier<AdminClient> client, DialogService dialogs, Executor fx,
                        BiConsumer<String, Throwable> failed, Clock clock, String service, LogKind kind) {
        this.executor = executor;
        this.client = client;
        this.dialogs = dialogs;
        this.fx = fx;
        this.failed = failed;
        this.clock = clock;
        this.service = service;
        this.kind = kind;
        following.addListener((o, was, now) -> {
            if (now) {
                releasePending();
            }
        });
    }

    // ---- properties -------------------------------------------------------------------

    public String service() {
        return service;
    }

    public LogKind kind() {
        return kind;
    }

    public ObservableList<LocalDate> days() {
        return days;
    }

    public ObjectProperty<LocalDate> day() {
        return day;
    }

    public ObservableList<LogRow> rows() {
        return rows;
    }

    /** New lines go to the bottom while true; scrolling up sets it false (paused). */
    public BooleanProperty following() {
        return following;
    }

    /** True while the shown day is being tailed from the server. */
    public BooleanProperty live() {
        return live;
    }

    /** Lines that arrived while paused. */
    public ReadOnlyIntegerProperty pending() {
        return pending.getReadOnlyProperty();
    }

    public StringProperty status() {
        return status;
    }

    /** The row the view should scroll to and select (the last one while following). */
    public ObjectProperty<LogRow> reveal() {
        return reveal;
    }

    public BooleanProperty searching() {
        return searching;
    }

    public StringProperty filterText() {
        return filterText;
    }

    public BooleanProperty filterRegex() {
        return filterRegex;
    }

    public StringProperty filterIp() {
        return filterIp;
    }

    public StringProperty filterMessageId() {
        return filterMessageId;
    }

    public StringProperty filterResponseClass() {
        return filterResponseClass;
    }

    public StringProperty filterFrom() {
        return filterFrom;
    }

    public StringProperty filterTo() {
        return filterTo;
    }

    /** Why the filter was refused, shown beside {@link #filterErrorField()}; empty when fine. */
    public StringProperty filterError() {
        return filterError;
    }

    public StringProperty filterErrorField() {
        return filterErrorField;
    }

    public StringProperty jumpTime() {
        return jumpTime;
    }

    /** Where trace and "all lines from this IP" results go (the view opens a window). */
    public void setOnLinesWindow(BiConsumer<String, List<LogRow>> handler) {
        this.onLinesWindow = handler;
    }

    // ---- commands ---------------------------------------------------------------------

    /** Lists the days that have this log and opens the newest (today when there is none). */
    public void load() {
        executor.execute(() -> logs().files(service), files -> {
            TreeSet<LocalDate> set = new TreeSet<>(Comparator.reverseOrder());
            files.stream().filter(f -> f.kind().equals(kind.label())).map(LogFileDto::day).forEach(set::add);
            set.add(today());
            days.setAll(set);
            LocalDate newest = days.get(0);
            if (day.get() == null || !day.get().equals(newest)) {
                day.set(newest);
            }
            open(day.get());
        }, e -> failed.accept("Could not list the " + service + " logs", e));
    }

    /** Shows a day: the last lines, then (for today) new lines as they are written. */
    public void open(LocalDate d) {
        stopFollow();
        int gen = ++generation;
        day.set(d);
        rows.clear();
        pendingRows.clear();
        pending.set(0);
        following.set(true);
        if (d.equals(today())) {
            startFollow(gen, d);
            return;
        }
        status.set("Loading…");
        executor.execute(() -> page(() -> logs().tail(service, kind, d, PAGE)), page -> {
            if (gen != generation) {
                return;
            }
            if (page.isEmpty()) {
                status.set("There is no " + service + " " + kind.label() + " log for " + d);
                return;
            }
            addRows(page.get().lines(), false);
            reveal.set(rows.isEmpty() ? null : rows.get(rows.size() - 1));
            status.set(describe());
        }, e -> failed.accept("Could not read the log", e));
    }

    /** Fetches the page before the first row shown. */
    public void loadEarlier() {
        if (rows.isEmpty() || searching.get()) {
            return;
        }
        LogRow first = rows.get(0);
        int gen = generation;
        executor.execute(() -> page(() -> logs().backward(service, kind, first.day(), first.offset(), PAGE)), page -> {
            if (gen != generation || page.isEmpty()) {
                return;
            }
            List<LogRow> earlier = page.get().lines().stream().map(LogRow::new).toList();
            rows.addAll(0, earlier);
            status.set(describe());
        }, e -> failed.accept("Could not read the log", e));
    }

    /** Shows the lines from a time of the day on (following pauses). */
    public void jumpToTime() {
        LocalTime t;
        try {
            t = LogFilter.time("jump", jumpTime.get());
        } catch (InvalidValueException e) {
            status.set(e.getMessage());
            return;
        }
        if (t == null) {
            return;
        }
        LocalDate d = day.get();
        stopFollow();
        following.set(false);
        int gen = ++generation;
        executor.execute(() -> {
            LogsClient logs = logs();
            long offset = logs.offsetOf(service, kind, d, d.atTime(t));
            return logs.forward(service, kind, d, offset, PAGE);
        }, page -> {
            if (gen != generation) {
                return;
            }
            rows.clear();
            addRows(page.lines(), false);
            reveal.set(rows.isEmpty() ? null : rows.get(0));
            status.set(rows.isEmpty() ? "No lines at or after " + t : "From " + t + ": " + describe());
        }, e -> failed.accept("Could not jump to " + t, e));
    }

    /** Runs the filter as a search of the day's log through the server; an empty filter shows the log again. */
    public void applyFilter() {
        LogQuery q;
        try {
            q = LogFilter.toQuery(day.get(), filterText.get(), filterRegex.get(), filterIp.get(), filterMessageId.get(),
                    filterResponseClass.get(), filterFrom.get(), filterTo.get());
        } catch (InvalidValueException e) {
            filterError.set(e.getMessage());
            filterErrorField.set(e.field());
            return;
        }
        filterError.set("");
        filterErrorField.set("");
        if (q.isEmpty()) {
            open(day.get());
            return;
        }
        LocalDate d = day.get();
        stopFollow();
        int gen = ++generation;
        rows.clear();
        searching.set(true);
        status.set("Searching…");
        executor.execute(() -> logs().search(q, service, kind, d, SEARCH_LIMIT,
                batch -> fx.execute(() -> {
                    if (gen == generation) {
                        addRows(batch, false);
                    }
                })), done -> {
            if (gen != generation) {
                return;
            }
            searching.set(false);
            status.set(done.count() + (done.count() == 1 ? " match" : " matches")
                    + (done.truncated() ? " (the first " + SEARCH_LIMIT + " are shown; narrow the filter)" : ""));
        }, e -> {
            searching.set(false);
            failed.accept("The search failed", e);
        });
    }

    /** Empties the filter and shows the log again. */
    public void clearFilter() {
        filterText.set("");
        filterRegex.set(false);
        filterIp.set("");
        filterMessageId.set("");
        filterResponseClass.set(LogFilter.ANY);
        filterFrom.set("");
        filterTo.set("");
        filterError.set("");
        filterErrorField.set("");
        open(day.get());
    }

    /** Every line of the row's message across the SMTP, POP and MTA logs, in a window. */
    public void trace(LogRow row) {
        if (row == null || row.messageId().isEmpty()) {
            dialogs.showInformation("Trace message", "This line has no message id to trace.");
            return;
        }
        String id = row.messageId();
        executor.execute(() -> logs().trace(id, row.day()),
                lines -> onLinesWindow.accept("Trace of message " + id, lines.stream().map(LogRow::new).toList()),
                e -> failed.accept("Could not trace " + id, e));
    }

    /** Every line of the day that concerns {@code ip}, across services, in a window. */
    public void searchAllFrom(String ip) {
        if (ip == null || ip.isBlank()) {
            return;
        }
        LocalDate d = day.get();
        executor.execute(() -> {
            List<LogRow> found = new ArrayList<>();
            logs().search(LogQuery.all().withRemoteIp(ip), null, null, d, SEARCH_LIMIT,
                    batch -> batch.forEach(l -> found.add(new LogRow(l))));
            found.sort(Comparator.comparing(r -> r.time() == null ? d.atStartOfDay() : r.time()));
            return found;
        }, found -> onLinesWindow.accept("All lines from " + ip + " on " + d, found),
                e -> failed.accept("Could not search for " + ip, e));
    }

    /**
     * Adds {@code ip} to the SMTP connector's Access Control deny list after asking; says what
     * happened (added, already there, or the connector lists allowed addresses instead).
     */
    public void denyAtSmtp(String ip) {
        if (ip == null || ip.isBlank()) {
            return;
        }
        if (!dialogs.confirm("Deny " + ip, "Add " + ip + " to the SMTP connector's Access Control list of denied addresses?",
                "Connections from " + ip + " will be refused with 554 before the greeting.")) {
            return;
        }
        executor.execute(() -> {
            AdminClient api = client.get();
            DenyList.Result r = DenyList.add(api.getSettings(DenyList.SECTION), ip);
            if (r.outcome() == DenyList.Outcome.ADDED) {
                api.putSettings(DenyList.SECTION, r.updated());
            }
            return r.outcome();
        }, outcome -> {
            switch (outcome) {
                case ADDED -> dialogs.showInformation("Access Control", ip + " was added to the SMTP connector's deny list.");
                case ALREADY_LISTED -> dialogs.showInformation("Access Control", ip + " is already on the deny list.");
                case ALLOW_ONLY_MODE -> dialogs.showInformation("Access Control",
                        "The SMTP connector allows only the listed addresses, so " + ip
                                + " is refused unless it is on that list. Edit the list in SMTP Properties > Access Control.");
            }
        }, e -> failed.accept("Could not change the SMTP connector's Access Control", e));
    }

    /** Writes the rows shown to a CSV file with the columns on screen. */
    public void exportCsv(Path file) {
        List<LogRow> snapshot = List.copyOf(rows);
        List<ActivityColumns.Column> columns = kind == LogKind.DEBUG ? ActivityColumns.DEBUG : ActivityColumns.ALL;
        executor.execute(() -> {
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                CsvExport.write(w, columns, snapshot);
            }
            return snapshot.size();
        }, n -> status.set("Exported " + n + " rows to " + file), e -> failed.accept("Could not export to " + file, e));
    }

    /** Stops the live tail (the view calls this when another node is selected). */
    public void dispose() {
        stopFollow();
        generation++;
    }

    // ---- live tail --------------------------------------------------------------------

    private void startFollow(int gen, LocalDate d) {
        live.set(true);
        status.set("Following…");
        Thread reader = new Thread(() -> {
            try (LogsClient.Follow f = logs().follow(service, kind, d, PAGE)) {
                follow = f;
                if (gen != generation) {
                    return; // the view moved on while the stream was opening
                }
                Optional<List<LogLineDto>> batch;
                while ((batch = f.next()).isPresent()) {
                    List<LogLineDto> lines = batch.get();
                    fx.execute(() -> {
                        if (gen == generation) {
                            onLiveBatch(lines);
                        }
                    });
                }
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> {
                    if (gen == generation) {
                        live.set(false);
                        failed.accept("The live log stopped", e);
                    }
                });
            }
        }, "log-follow-" + service + "-" + kind.label());
        reader.setDaemon(true);
        reader.start();
    }

    private void onLiveBatch(List<LogLineDto> lines) {
        if (following.get()) {
            addRows(lines, true);
            if (!rows.isEmpty()) {
                reveal.set(rows.get(rows.size() - 1));
            }
        } else {
            lines.forEach(l -> pendingRows.add(new LogRow(l)));
            pending.set(pendingRows.size());
        }
        status.set(describe());
    }

    private void releasePending() {
        if (pendingRows.isEmpty()) {
            status.set(describe());
            return;
        }
        rows.addAll(pendingRows);
        trim();
        pendingRows.clear();
        pending.set(0);
        reveal.set(rows.get(rows.size() - 1));
        status.set(describe());
    }

    private void stopFollow() {
        live.set(false);
        LogsClient.Follow f = follow;
        follow = null;
        if (f != null) {
            // Off the FX thread: closing an HTTP stream may wait on the network.
            Thread closer = new Thread(() -> {
                try {
                    f.close();
                } catch (IOException ignored) {
                    // the stream is being abandoned; nothing else to release
                }
            }, "log-follow-close");
            closer.setDaemon(true);
            closer.start();
        }
    }

    // ---- helpers ----------------------------------------------------------------------

    private void addRows(List<LogLineDto> lines, boolean trimOldest) {
        List<LogRow> add = new ArrayList<>(lines.size());
        for (LogLineDto l : lines) {
            add.add(new LogRow(l));
        }
        rows.addAll(add);
        if (trimOldest) {
            trim();
        }
    }

    private void trim() {
        if (rows.size() > MAX_ROWS) {
            rows.remove(0, rows.size() - MAX_ROWS);
        }
    }

    private String describe() {
        String n = rows.size() + (rows.size() == 1 ? " line" : " lines");
        if (!live.get()) {
            return n;
        }
        return following.get() ? n + " — following" : n + " — paused, " + pending.get() + " new (scroll to the end or press Follow)";
    }

    private LogsClient logs() {
        return new LogsClient(client.get());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A page of a day's log, or empty when there is no such file (404). */
    private static Optional<LogPageDto> page(java.util.concurrent.Callable<LogPageDto> read) throws Exception {
        try {
            return Optional.of(read.call());
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
