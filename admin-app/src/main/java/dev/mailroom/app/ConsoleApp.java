package dev.mailroom.app;

import dev.mailroom.app.common.FxTaskExecutor;
import dev.mailroom.app.common.ServerErrors;
import dev.mailroom.app.embedded.EmbeddedServer;
import dev.mailroom.app.postoffice.PostOfficeIds;
import dev.mailroom.app.tree.ContainerNode;
import dev.mailroom.app.tree.NodeRegistry;
import dev.mailroom.app.tree.Slot;
import dev.mailroom.app.window.MainWindow;
import dev.mailroom.core.api.AdminClient;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The console application. Without arguments it starts the bundled server on the default data
 * directory and connects to it; {@code --data DIR} uses another directory; {@code --url URL
 * --token-file FILE} connects to a server that is already running elsewhere.
 */
public final class ConsoleApp extends Application {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private volatile EmbeddedServer embedded;

    /** The tree's root: "Mailroom", with whatever is registered in {@link Slot#ROOT}. */
    public static ContainerNode rootNode() {
        return new ContainerNode("root", "Mailroom", "Mailroom administration", Slot.ROOT);
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(executor, new NodeRegistry(ConsoleNodes.all()), rootNode());
        window.attach(stage);
        stage.show();
        List<String> args = getParameters().getRaw();
        String url = option(args, "--url");
        String tokenFile = option(args, "--token-file");
        String data = option(args, "--data");
        if (url != null) {
            executor.execute(() -> AdminClient.connect(URI.create(url), tokenFile == null ? "" : Files.readString(Path.of(tokenFile))),
                    client -> connected(window, client, "Connected to " + url),
                    e -> window.failed("Could not connect to " + url, e));
            return;
        }
        executor.execute(() -> data == null ? EmbeddedServer.startDefault(System.getenv())
                        : EmbeddedServer.start(Path.of(data), EmbeddedServer.overridesFor(EmbeddedServer.runningAsRoot())),
                server -> {
                    embedded = server;
                    connected(window, server.client(), server.description());
                },
                e -> window.dialogs().showError("The bundled server did not start",
                        ServerErrors.message(e) + "\n\nYou can connect to a running server with File > Connect to server…"));
    }

    private static void connected(MainWindow window, AdminClient client, String description) {
        window.connection().use(client, description);
        window.select(PostOfficeIds.POST_OFFICES);
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }

    @Override
    public void stop() {
        executor.close();
        EmbeddedServer server = embedded;
        if (server != null) {
            server.close();
        }
    }
}
