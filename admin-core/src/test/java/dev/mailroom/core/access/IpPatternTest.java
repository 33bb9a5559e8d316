package dev.mailroom.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.model.InvalidValueException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpPatternTest {

    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
            "192.168.0.10,   192.168.0.10,  true",
            "192.168.0.10,   192.168.0.11,  false",
            "192.168.0.*,    192.168.0.0,   true",
            "192.168.0.*,    192.168.0.255, true",
            "192.168.0.*,    192.168.1.1,   false",
            "192.168.*.*,    192.168.77.1,  true",
            "10.*,           10.200.3.4,    true",
            "10.*,           11.0.0.1,      false",
            "*.*.*.1,        8.8.4.1,       true",
            "*.*.*.1,        8.8.4.2,       false",
            "10.0.0.0/8,     10.0.0.0,      true",
            "10.0.0.0/8,     10.255.255.255, true",
            "10.0.0.0/8,     11.0.0.0,      false",
            "10.0.0.0/8,     9.255.255.255, false",
            "172.16.0.0/12,  172.31.255.255, true",
            "172.16.0.0/12,  172.32.0.0,    false",
            "192.168.1.128/25, 192.168.1.127, false",
            "192.168.1.128/25, 192.168.1.128, true",
            "192.168.1.128/25, 192.168.1.255, true",
            "192.168.1.7/32, 192.168.1.7,   true",
            "192.168.1.7/32, 192.168.1.6,   false",
            "0.0.0.0/0,      203.0.113.9,   true",
            "::1,            ::1,           true",
            "::1,            127.0.0.1,     false",
            "127.0.0.1,      ::1,           false",
            "2001:db8::/32,  2001:db8:ffff::1, true",
            "2001:db8::/32,  2001:db9::1,   false",
            "2001:DB8::/32,  2001:db8::1,   true",
            "2001:db8::/33,  2001:db8:7fff::1, true",
            "2001:db8::/33,  2001:db8:8000::1, false",
            "fe80::/10,      febf::1,       true",
            "fe80::/10,      fec0::1,       false",
            "::/0,           2001:db8::1,   true",
            "::/0,           10.0.0.1,      false",
            "2001:db8::5,    2001:0db8:0:0:0:0:0:5, true",
            "10.0.0.0/8,     ::ffff:10.1.2.3, true",
    })
    void matches(String pattern, String address, boolean expected) {
        assertThat(IpPattern.of(pattern).matches(ip(address))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "192.168.0", "256.1.1.1", "1.2.3.4.5", "192.168.0.1*", "192.168.0.*/24",
            "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/x", "2001:db8::/129", "2001:db8::*", "example.com",
            "localhost", "01.2.3.4", "1..2.3", "gggg::1", "1:2:3:4:5:6:7:8:9", "192.168.*.1.*", "10.0.0.1/8"})
    void rejectsWithAReason(String raw) {
        assertThatThrownBy(() -> IpPattern.of("privilegedRanges", raw))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("privilegedRanges"))
                .hasMessageNotContaining("Exception");
    }

    @Test
    void hostBitsBeyondThePrefixSuggestTheNetwork() {
        assertThatThrownBy(() -> IpPattern.of("10.1.2.3/8")).hasMessageContaining("did you mean 10.0.0.0/8?");
        assertThatThrownBy(() -> IpPattern.of("2001:db8::1/32")).hasMessageContaining("did you mean 2001:db8::/32?");
    }

    @Test
    void ipv6WildcardPointsToCidr() {
        assertThatThrownBy(() -> IpPattern.of("2001:db8::*")).hasMessageContaining("2001:db8::/32");
    }

    @Test
    void textIsTrimmedAndLowerCased() {
        IpPattern p = IpPattern.of("  2001:DB8::/32 ");
        assertThat(p.text()).isEqualTo("2001:db8::/32");
        assertThat(p.isIpv6()).isTrue();
        assertThat(IpPattern.of("10.*").isIpv6()).isFalse();
    }

    @Test
    void equalityIsBySemantics() {
        assertThat(IpPattern.of("10.*")).isEqualTo(IpPattern.of("10.*.*.*")).isEqualTo(IpPattern.of("10.0.0.0/8"));
        assertThat(IpPattern.of("10.*")).hasSameHashCodeAs(IpPattern.of("10.0.0.0/8"));
        assertThat(IpPattern.of("10.0.0.1")).isNotEqualTo(IpPattern.of("10.0.0.2"));
    }

    @Test
    void nullAddressNeverMatches() {
        assertThat(IpPattern.of("0.0.0.0/0").matches(null)).isFalse();
    }
}
