package dev.mailroom.app.rbl;

import dev.mailroom.app.testing.RecordingNodeContext;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.app.smtp.SmtpNode;
import dev.mailroom.app.tree.NodeAction;
import org.junit.jupiter.api.Test;

/** The blacklisting dialog is reached from the SMTP connector's menu, next to its Properties. */
class SmtpNodeMenuTest {
    @Test
    void theSmtpNodeOffersReverseDnsBlacklisting() {
        // Building the menu touches neither the server nor a window.
        var actions = new SmtpNode().actions(RecordingNodeContext.sameThread(null, null));
        assertThat(actions).extracting(NodeAction::id).contains("action-properties", "action-smtp-rbl");
        assertThat(actions).filteredOn(a -> a.id().equals("action-smtp-rbl")).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("Reverse DNS Blacklisting…"));
    }
}
