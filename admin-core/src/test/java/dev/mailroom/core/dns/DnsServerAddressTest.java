package dev.mailroom.core.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.model.InvalidValueException;
import org.junit.jupiter.api.Test;

class DnsServerAddressTest {
    @Test
    void emptyMeansTheSystemsResolvers() {
        assertThat(DnsServerAddress.parse("f", "")).isEmpty();
        assertThat(DnsServerAddress.parse("f", null)).isEmpty();
        assertThat(DnsServerAddress.normalise("f", "  ")).isEmpty();
    }

    @Test
    void acceptsIpv4AndIpv6WithOrWithoutPort() {
        assertThat(DnsServerAddress.normalise("f", "192.0.2.53")).isEqualTo("192.0.2.53");
        assertThat(DnsServerAddress.normalise("f", "192.0.2.53:53")).isEqualTo("192.0.2.53");
        assertThat(DnsServerAddress.normalise("f", "127.0.0.1:5353")).isEqualTo("127.0.0.1:5353");
        assertThat(DnsServerAddress.normalise("f", "::1")).isEqualTo("[0:0:0:0:0:0:0:1]");
        assertThat(DnsServerAddress.parse("f", "[::1]:5353").orElseThrow().getPort()).isEqualTo(5353);
    }

    @Test
    void refusesHostNamesBadOctetsAndPorts() {
        assertThatThrownBy(() -> DnsServerAddress.parse("dnsServer", "dns.example.com"))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("dnsServer"));
        assertThatThrownBy(() -> DnsServerAddress.parse("f", "300.1.1.1")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> DnsServerAddress.parse("f", "127.0.0.1:70000")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> DnsServerAddress.parse("f", "127.0.0.1:0")).isInstanceOf(InvalidValueException.class);
    }
}
