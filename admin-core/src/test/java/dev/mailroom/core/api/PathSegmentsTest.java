package dev.mailroom.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathSegmentsTest {
    @Test
    void encodesEverythingButUnreservedAndDecodesBack() {
        for (String s : new String[] {"alice", "o'brien+tag", "a b/c?d#e%f", "Café", "日本", "x\uD83D\uDE00y"}) {
            String encoded = PathSegments.encode(s);
            assertThat(encoded).matches("[A-Za-z0-9._~%-]*");
            assertThat(PathSegments.decode(encoded)).isEqualTo(s);
        }
        assertThat(PathSegments.encode("a+b")).isEqualTo("a%2Bb");
    }

    @Test
    void aPlusStaysAPlusAndMalformedEscapesStayLiteral() {
        assertThat(PathSegments.decode("a+b")).isEqualTo("a+b");
        assertThat(PathSegments.decode("100%")).isEqualTo("100%");
        assertThat(PathSegments.decode("%zz")).isEqualTo("%zz");
        assertThat(PathSegments.decode("..%2F..%2Fetc")).isEqualTo("../../etc");
    }
}
