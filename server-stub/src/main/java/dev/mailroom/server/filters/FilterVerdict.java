package dev.mailroom.server.filters;

import java.util.List;

/** What a filter decided about a message. The SMTP session turns it into its reply. */
public sealed interface FilterVerdict {

    /** Deliver, adding these header lines (e.g. {@code X-Mailroom-Virus-Scan: could not scan}). */
    record Accept(List<String> addHeaders) implements FilterVerdict {
        public Accept {
            addHeaders = List.copyOf(addHeaders);
        }

        public static Accept plain() {
            return new Accept(List.of());
        }
    }

    /** Refuse during the SMTP transaction with this reply (5xx permanent, 4xx try again later). */
    record Reject(int code, String enhancedStatus, String text) implements FilterVerdict {
        public String line() {
            return code + " " + enhancedStatus + " " + text;
        }
    }

    /** Accept (250) but do not deliver: the filter has put the message aside or deleted it. */
    record Withheld(String where, String reason) implements FilterVerdict {
    }
}
