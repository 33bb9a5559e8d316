import dev.mailroom.app.ConsoleApp;
import dev.mailroom.app.ConsoleNodes;
import dev.mailroom.app.common.FxTaskExecutor;
import dev.mailroom.app.postoffice.PostOfficeIds;
import dev.mailroom.app.tree.NodeRegistry;
import dev.mailroom.app.window.MainWindow;
import dev.mailroom.core.api.AdminClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The console against a server holding one post office with 100,000 mailboxes (bench/console-bench.sh
 * prepares it). Measures, in the console's own window:
 *  - open: from selecting the post office's Mailboxes node to the layout pass that lays out the
 *    first rows with their names (the pulse that paints them), cold (first time) and warm;
 *  - filter: characters typed into the filter box 40 ms apart; from the last key to the pulse
 *    that lays out the rows of the final filter;
 *  - the console process's resident memory afterwards (/proc/self/status VmRSS).
 * Usage: java -cp CLASSPATH bench/ConsoleBench.java DATA_DIR POSTOFFICE FILTER
 */
public class ConsoleBench {
    static Scene scene;

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String po = args[1];
        String filter = args[2];
        AdminClient client = AdminClient.forDataDir(data);
        long expected = client.listMailboxes(po, 0, 1, filter).total();
        // The server's share: the same requests the list makes, from a warm client.
        System.out.printf("API alone (median of 30): first page of %d %.1f ms, filtered %.1f ms%n", 200,
                median(() -> client.listMailboxes(po, 0, 200, null)), median(() -> client.listMailboxes(po, 0, 200, filter)));
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        FxTaskExecutor executor = new FxTaskExecutor();
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(executor, new NodeRegistry(ConsoleNodes.all()), ConsoleApp.rootNode());
            Stage stage = new Stage();
            scene = w.attach(stage);
            stage.show();
            w.connection().use(client, "bench");
            return w;
        });
        String mailboxes = PostOfficeIds.mailboxes(po);

        double cold = timeToPulse(() -> window.select(mailboxes), firstRow(name -> name.startsWith("user")));
        onFx(() -> { window.select(PostOfficeIds.POST_OFFICES); return null; });
        waitPulse(firstRow(name -> name.equals(po)));
        double warm = timeToPulse(() -> window.select(mailboxes), firstRow(name -> name.startsWith("user")));
        System.out.printf("Open Mailboxes of %s (%,d mailboxes): first rows laid out for painting after %.0f ms cold, %.0f ms warm%n",
                po, client.listMailboxes(po, 0, 1, null).total(), cold, warm);

        TextField box = onFx(() -> (TextField) scene.lookup("#mailboxes-filter"));
        for (int i = 0; i < filter.length() - 1; i++) {
            String typed = filter.substring(0, i + 1);
            onFx(() -> { box.setText(typed); return null; });
            Thread.sleep(40);
        }
        long[] arrived = new long[1];
        long[] typedAt = new long[1];
        onFx(() -> {
            ((TableView<?>) scene.lookup(".table-view")).itemsProperty().addListener((o, a, b) -> {
                if (b != null && b.size() == expected) {
                    arrived[0] = System.nanoTime();
                }
            });
            return null;
        });
        double afterLastKey = timeToPulse(() -> { typedAt[0] = System.nanoTime(); box.setText(filter); }, table -> {
            if (table.getItems().size() != expected) {
                return false;
            }
            String first = firstRowText(table);
            return first != null && first.contains(filter);
        });
        System.out.printf("Filter \"%s\" typed 40 ms per key: list showed the %,d matches %.1f ms after the last key"
                        + " (the server's answer was on the FX thread after %.1f ms)%n",
                filter, expected, afterLastKey, (arrived[0] - typedAt[0]) / 1e6);

        System.gc();
        Thread.sleep(500);
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmRSS")).findFirst().orElse("VmRSS: ?");
        System.out.printf("Console process resident memory: %s (max heap %d MB)%n",
                rss.replaceAll("\\s+", " "), Runtime.getRuntime().maxMemory() >> 20);
        executor.close();
        Platform.exit();
    }

    static double median(Runnable call) {
        for (int i = 0; i < 10; i++) {
            call.run();
        }
        double[] ms = new double[30];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    static Predicate<TableView<?>> firstRow(Predicate<String> name) {
        return table -> {
            String text = firstRowText(table);
            return text != null && name.test(text);
        };
    }

    /** The text of the first cell of the first row the table has laid out, or null. */
    static String firstRowText(TableView<?> table) {
        for (Node row : table.lookupAll(".table-row-cell")) {
            IndexedCell<?> cell = (IndexedCell<?>) row;
            if (cell.getIndex() == 0 && cell.isVisible() && cell.getItem() != null) {
                for (Node c : row.lookupAll(".table-cell")) {
                    String t = ((IndexedCell<?>) c).getText();
                    return t == null || t.isEmpty() ? null : t;
                }
            }
        }
        return null;
    }

    /** Runs the action on the FX thread and the milliseconds until a layout pass satisfies the check. */
    static double timeToPulse(Runnable action, Predicate<TableView<?>> done) throws Exception {
        CompletableFuture<Long> at = new CompletableFuture<>();
        long[] start = new long[1];
        Runnable listener = () -> {
            Node t = scene.lookup(".table-view");
            if (!at.isDone() && t instanceof TableView<?> table && table.isVisible() && done.test(table)) {
                at.complete(System.nanoTime());
            }
        };
        onFx(() -> {
            scene.addPostLayoutPulseListener(listener);
            start[0] = System.nanoTime();
            action.run();
            Platform.requestNextPulse();
            return null;
        });
        long end = at.get(60, TimeUnit.SECONDS);
        onFx(() -> { scene.removePostLayoutPulseListener(listener); return null; });
        return (end - start[0]) / 1e6;
    }

    static void waitPulse(Predicate<TableView<?>> done) throws Exception {
        timeToPulse(() -> { }, done);
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }
}
