package dev.mailroom.app.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.app.ConsoleNodes;
import dev.mailroom.core.model.PostOfficeName;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NodeRegistryTest {

    private record Leaf(String id) implements ConsoleNode {
        @Override
        public String label() {
            return id;
        }

        @Override
        public NodeView createView(NodeContext ctx) {
            throw new UnsupportedOperationException("not shown in this test");
        }
    }

    @Test
    void aSlotListsItsContributionsInOrderAndHandsTheKeyToTheFactory() {
        NodeRegistry registry = new NodeRegistry(List.of(
                NodeContribution.under(Slot.CONNECTORS, () -> new Leaf("smtp")),
                NodeContribution.underEachPostOffice(po -> new Leaf("po:" + po.value() + "/lists")),
                NodeContribution.under(Slot.CONNECTORS, () -> new Leaf("other"))));

        assertThat(registry.childrenOf(Slot.CONNECTORS, null)).extracting(ConsoleNode::id).containsExactly("smtp", "other");
        assertThat(registry.childrenOf(Slot.POST_OFFICE, PostOfficeName.of("EXAMPLE")))
                .extracting(ConsoleNode::id).containsExactly("po:EXAMPLE/lists");
        assertThat(registry.childrenOf(Slot.AGENTS, null)).isEmpty();
    }

    @Test
    void theConsoleTreeHasTheIssuesShapeWithUniqueIds() {
        NodeRegistry registry = new NodeRegistry(ConsoleNodes.all());
        assertThat(registry.childrenOf(Slot.ROOT, null)).extracting(ConsoleNode::label)
                .containsExactly("Messaging Manager", "Servers");
        assertThat(registry.childrenOf(Slot.LOCALHOST, null)).extracting(ConsoleNode::label)
                .containsExactly("Connectors", "Agents", "Services", "Filters", "Logs");
        assertThat(registry.childrenOf(Slot.SERVICES, null)).extracting(ConsoleNode::label).contains("POP", "IMAP");
        assertThat(registry.childrenOf(Slot.FILTERS, null)).extracting(ConsoleNode::label)
                .containsExactly("Message Filter", "Antivirus");
        Set<String> ids = new HashSet<>();
        for (Slot<Void> slot : List.of(Slot.ROOT, Slot.MESSAGING_MANAGER, Slot.SERVERS, Slot.LOCALHOST, Slot.CONNECTORS,
                Slot.AGENTS, Slot.SERVICES, Slot.FILTERS, Slot.LOGS)) {
            for (ConsoleNode n : registry.childrenOf(slot, null)) {
                assertThat(ids.add(n.id())).as("duplicate id " + n.id()).isTrue();
            }
        }
    }
}
