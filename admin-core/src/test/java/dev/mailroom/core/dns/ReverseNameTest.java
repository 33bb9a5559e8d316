package dev.mailroom.core.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class ReverseNameTest {
    @Test
    void ipv4OctetsAreReversed() throws Exception {
        assertThat(ReverseName.under(InetAddress.getByName("192.0.2.1"), "zen.spamhaus.org"))
                .isEqualTo("1.2.0.192.zen.spamhaus.org");
        assertThat(ReverseName.arpaZone(InetAddress.getByName("192.0.2.1"))).isEqualTo("in-addr.arpa");
    }

    @Test
    void ipv6IsNibbleReversedAsRfc5782Shows() throws Exception {
        // RFC 5782 section 2.4's example address.
        InetAddress a = InetAddress.getByName("2001:db8:1:2:3:4:567:89ab");
        assertThat(ReverseName.under(a, "ugly.example.com"))
                .isEqualTo("b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.8.b.d.0.1.0.0.2.ugly.example.com");
        assertThat(ReverseName.arpaZone(a)).isEqualTo("ip6.arpa");
    }

    @Test
    void ipv6ZerosAreWrittenOutInFull() throws Exception {
        String labels = ReverseName.labels(InetAddress.getByName("::1"));
        assertThat(labels.split("\\.")).hasSize(32);
        assertThat(labels).startsWith("1.0.0.0").endsWith("0.0.0.0");
    }

    @Test
    void agreesWithDnsjavasReverseMap() throws Exception {
        for (String ip : new String[] {"10.1.2.3", "2a00:1450:4001:82a::200e", "fe80::1"}) {
            InetAddress a = InetAddress.getByName(ip);
            assertThat(ReverseName.under(a, ReverseName.arpaZone(a)) + ".")
                    .isEqualTo(org.xbill.DNS.ReverseMap.fromAddress(a).toString());
        }
    }
}
