package dev.mailroom.server.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order rules of the chain, with small real filters (the chain only sees the interface). */
class FilterChainTest {
    final List<String> asked = new ArrayList<>();

    private MessageFilter filter(String name, FilterVerdict verdict) {
        return new MessageFilter() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public FilterVerdict apply(FilteredMessage message) {
                asked.add(name);
                return verdict;
            }
        };
    }

    private static FilteredMessage message() {
        return new FilteredMessage("ID1", "a@remote.test", List.of("b@acme.test"), List.of("b@acme.test"), "127.0.0.2",
                Path.of("unused.eml"), 10);
    }

    @Test
    void everyAcceptingFilterAddsItsHeadersInOrder() {
        FilterChain chain = new FilterChain(List.of(filter("Mark", new FilterVerdict.Accept(List.of("X-Mark: yes"))),
                filter("Antivirus", new FilterVerdict.Accept(List.of("X-Mailroom-Virus-Scan: clean (ClamAV)")))));
        assertThat(chain.apply(message())).isEqualTo(new FilterVerdict.Accept(
                List.of("X-Mark: yes", "X-Mailroom-Virus-Scan: clean (ClamAV)")));
    }

    @Test
    void theFirstRefusalOrWithholdingDecidesAndLaterFiltersAreNotAsked() {
        FilterVerdict reject = new FilterVerdict.Reject(554, "5.7.1", "Message rejected: virus V found");
        FilterChain chain = new FilterChain(List.of(filter("Mark", new FilterVerdict.Accept(List.of("X-Mark: yes"))),
                filter("Antivirus", reject), filter("Rules", new FilterVerdict.Withheld("deleted", "rule"))));
        assertThat(chain.apply(message())).isEqualTo(reject);
        assertThat(asked).containsExactly("Mark", "Antivirus");
    }

    @Test
    void noFiltersAcceptsWithoutHeaders() {
        assertThat(new FilterChain(List.of()).apply(message())).isEqualTo(FilterVerdict.Accept.plain());
    }
}
