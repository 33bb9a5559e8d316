package dev.mailroom.server.pop3;

import dev.mailroom.server.store.MessageStore.StoredMessage;
import java.util.List;

/** The multi-line part of a reply; written dot-stuffed and terminated by {@code .CRLF}. */
public sealed interface Pop3Body {

    /** Short listings (CAPA, LIST, UIDL). */
    record Lines(List<String> lines) implements Pop3Body {
        public Lines {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A stored message streamed from disk (RETR, TOP); never loaded whole, so a 20 MB message
     * costs a buffer, not 20 MB of heap.
     *
     * @param bodyLines how many body lines after the header (TOP), or {@link #ALL}
     */
    record Message(StoredMessage message, long bodyLines) implements Pop3Body {
        public static final long ALL = -1;
    }
}
