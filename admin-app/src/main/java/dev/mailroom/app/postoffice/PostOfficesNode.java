package dev.mailroom.app.postoffice;

import dev.mailroom.app.common.PagedListViewModel;
import dev.mailroom.app.common.PagedTable;
import dev.mailroom.app.tree.ConsoleNode;
import dev.mailroom.app.tree.ListNodeView;
import dev.mailroom.app.tree.NodeAction;
import dev.mailroom.app.tree.NodeContext;
import dev.mailroom.app.tree.NodeView;
import dev.mailroom.core.api.Page;
import dev.mailroom.core.api.PostOfficeDto;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Messaging Manager > Post Offices: the list of post offices, and New Post Office…. */
public final class PostOfficesNode implements ConsoleNode {
    /** The tree lists at most this many post offices; the right pane's list pages through all of them. */
    static final int TREE_LIMIT = 1000;
    public static final KeyCombination NEW_POST_OFFICE_KEY =
            new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    @Override
    public String id() {
        return PostOfficeIds.POST_OFFICES;
    }

    @Override
    public String label() {
        return "Post Offices";
    }

    @Override
    public String description() {
        return "Tenants: each holds domains and mailboxes";
    }

    @Override
    public boolean mayContain(String nodeId) {
        return nodeId.startsWith("po:");
    }

    @Override
    public List<ConsoleNode> children(NodeContext ctx) {
        Page<PostOfficeDto> page = ctx.client().listPostOffices(0, TREE_LIMIT, null);
        List<ConsoleNode> nodes = new ArrayList<>();
        for (PostOfficeDto po : page.items()) {
            nodes.add(new PostOfficeNode(po));
        }
        return nodes;
    }

    @Override
    public NodeView createView(NodeContext ctx) {
        PagedListViewModel<PostOfficeDto> model = new PagedListViewModel<>(ctx.executor(),
                (offset, limit, filter) -> ctx.client().listPostOffices(offset, limit, filter),
                e -> ctx.failed("Could not list post offices", e));
        PagedTable<PostOfficeDto> table = new PagedTable<>("Post Offices", "postoffices", model);
        table.emptyText("No post offices yet. Right-click Post Offices (or use the Action menu) and choose New Post Office…");
        table.column("Name", 200, PostOfficeDto::name);
        table.column("Enabled", 80, po -> po.enabled() ? "Yes" : "No");
        table.column("Bound IP", 130, PostOfficeDto::boundIp);
        table.column("Domains", 80, PostOfficeDto::domainCount);
        table.column("Mailboxes", 90, PostOfficeDto::mailboxCount);
        return new ListNodeView<>(model, table, po -> PostOfficeActions.forPostOffice(ctx, po.name()));
    }

    @Override
    public List<NodeAction> actions(NodeContext ctx) {
        return List.of(NodeAction.create("new-postoffice", "New Post Office…", NEW_POST_OFFICE_KEY,
                () -> NewPostOfficeView.open(ctx)));
    }
}
