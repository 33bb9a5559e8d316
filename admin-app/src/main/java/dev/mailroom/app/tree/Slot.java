package dev.mailroom.app.tree;

import dev.mailroom.core.model.PostOfficeName;
import java.util.Objects;

/**
 * A place in the tree where features hang their nodes. {@code K} is what the parent hands each
 * child's factory: nothing for the fixed server branches, the post office's name under a post
 * office.
 */
public final class Slot<K> {
    public static final Slot<Void> ROOT = new Slot<>("root");
    public static final Slot<Void> MESSAGING_MANAGER = new Slot<>("messaging-manager");
    public static final Slot<Void> SERVERS = new Slot<>("servers");
    /** Under {@code Servers > localhost}: Connectors, Agents, Services, Filters, Logs. */
    public static final Slot<Void> LOCALHOST = new Slot<>("localhost");
    /** SMTP … */
    public static final Slot<Void> CONNECTORS = new Slot<>("connectors");
    /** MTA … */
    public static final Slot<Void> AGENTS = new Slot<>("agents");
    /** POP, IMAP … */
    public static final Slot<Void> SERVICES = new Slot<>("services");
    /** Message Filter, Antivirus … */
    public static final Slot<Void> FILTERS = new Slot<>("filters");
    /** One node per log (SMTP Activity, SMTP Debug, …). */
    public static final Slot<Void> LOGS = new Slot<>("logs");
    /** Under each post office: Domains, Mailboxes, … */
    public static final Slot<PostOfficeName> POST_OFFICE = new Slot<>("post-office");

    private final String name;

    private Slot(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
