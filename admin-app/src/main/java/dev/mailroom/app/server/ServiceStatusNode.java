package dev.mailroom.app.server;

import dev.mailroom.app.tree.ConsoleNode;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;

/**
 * A service, connector, agent or filter as the server's status reports it: its listeners, state
 * and, when one could not start, the reason and the setting to change. Features whose property
 * dialogs are not written yet are registered with this node; a feature replaces its line in
 * {@link dev.mailroom.app.ConsoleNodes} with its own node, which may reuse {@link ServiceStatusView}
 * as (part of) its right pane.
 *
 * @param service the service's name in {@code GET /api/v1/status} ({@code smtp}, {@code pop3})
 */
public record ServiceStatusNode(String service, String label, String description) implements ConsoleNode {

    @Override
    public String id() {
        return "service:" + service;
    }

    @Override
    public boolean isLeaf() {
        return true;
    }

    @Override
    public NodeView createView(NodeContext ctx) {
        return new ServiceStatusView(new ServiceStatusViewModel(ctx.executor(), ctx::client, service), label, ctx);
    }
}
