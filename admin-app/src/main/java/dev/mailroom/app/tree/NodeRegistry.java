package dev.mailroom.app.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers "which nodes go in this slot?" from the list of contributions, in list order. The
 * console builds one from {@link dev.mailroom.app.ConsoleNodes#all()}; a test may build one with
 * just the nodes it looks at.
 */
public final class NodeRegistry {
    private final List<NodeContribution<?>> contributions;

    public NodeRegistry(List<NodeContribution<?>> contributions) {
        this.contributions = List.copyOf(contributions);
    }

    @SuppressWarnings("unchecked")
    public <K> List<ConsoleNode> childrenOf(Slot<K> slot, K key) {
        List<ConsoleNode> nodes = new ArrayList<>();
        for (NodeContribution<?> c : contributions) {
            if (c.slot() == slot) {
                nodes.add(((NodeContribution<K>) c).factory().apply(key));
            }
        }
        return nodes;
    }
}
