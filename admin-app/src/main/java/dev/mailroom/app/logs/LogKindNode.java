package dev.mailroom.app.logs;

import dev.mailroom.app.tree.ConsoleNode;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;
import dev.mailroom.core.logs.LogKind;
import java.time.Clock;
import javafx.application.Platform;

/** Servers > localhost > Logs > (service) > Activity / Debug / W3C. */
public final class LogKindNode implements ConsoleNode {
    private final String service;
    private final LogKind kind;

    public LogKindNode(String service, LogKind kind) {
        this.service = service;
        this.kind = kind;
    }

    @Override
    public String id() {
        return "logs:" + service + "/" + kind.label();
    }

    @Override
    public String label() {
        return kind.label();
    }

    @Override
    public String description() {
        return switch (kind) {
            case ACTIVITY -> "Every command and reply (article 32's columns)";
            case DEBUG -> "Why the server decided what it did (relay codes highlighted)";
            case W3C -> "The activity log in W3C extended format";
        };
    }

    @Override
    public boolean isLeaf() {
        return true;
    }

    @Override
    public NodeView createView(NodeContext ctx) {
        // The server stamps its logs with its own clock (UTC); "today" must be the server's day.
        return new LogView(new LogViewModel(ctx.executor(), ctx::client, ctx.dialogs(), Platform::runLater, ctx::failed,
                Clock.systemUTC(), service, kind), ctx);
    }
}
