package dev.mailroom.core.access;

import static dev.mailroom.core.access.IpPatternTest.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.core.model.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpPatternListTest {

    @Test
    void firstMatchNamesThePattern() {
        IpPatternList list = IpPatternList.parse(List.of("192.168.0.*", "10.0.0.0/8", "::1"));
        assertThat(list.firstMatch(ip("10.9.9.9"))).map(IpPattern::text).contains("10.0.0.0/8");
        assertThat(list.firstMatch(ip("::1"))).map(IpPattern::text).contains("::1");
        assertThat(list.matches(ip("172.16.0.1"))).isFalse();
    }

    @Test
    void errorNamesTheEntry() {
        assertThatThrownBy(() -> IpPatternList.parse("patterns", List.of("10.0.0.1", "300.1.1.1")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Entry 2: ")
                .hasMessageContaining("300");
    }

    @Test
    void duplicatesAreDroppedOrderKept() {
        IpPatternList list = IpPatternList.parse(List.of("::1", "127.0.0.1", "::1"));
        assertThat(list.texts()).containsExactly("::1", "127.0.0.1");
    }

    @Test
    void emptyAndNull() {
        assertThat(IpPatternList.parse(null).isEmpty()).isTrue();
        assertThat(IpPatternList.empty().matches(ip("127.0.0.1"))).isFalse();
    }

    @Test
    void jsonIsAnArrayOfStrings() throws Exception {
        ObjectMapper json = new ObjectMapper();
        IpPatternList list = IpPatternList.parse(List.of("10.*", "2001:db8::/32"));
        String text = json.writeValueAsString(list);
        assertThat(text).isEqualTo("[\"10.*\",\"2001:db8::/32\"]");
        assertThat(json.readValue(text, IpPatternList.class)).isEqualTo(list);
    }
}
