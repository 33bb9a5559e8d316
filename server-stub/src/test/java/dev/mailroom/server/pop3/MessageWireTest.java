package dev.mailroom.server.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageWireTest {

    private static String copy(String stored, long bodyLines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = MessageWire.copy(new ByteArrayInputStream(stored.getBytes(StandardCharsets.ISO_8859_1)), out, bodyLines);
        assertThat(n).isEqualTo(out.size());
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private static long octets(String stored) throws IOException {
        return MessageWire.octets(new ByteArrayInputStream(stored.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void linesStartingWithADotAreStuffedButNotCounted() throws IOException {
        String msg = "Subject: x\r\n\r\n.hidden\r\n..two\r\n.\r\nend\r\n";
        assertThat(copy(msg, -1)).isEqualTo("Subject: x\r\n\r\n..hidden\r\n...two\r\n..\r\nend\r\n");
        assertThat(octets(msg)).isEqualTo(msg.length());
    }

    @Test
    void bareLineFeedsBecomeCrlfAndAreCountedAsSent() throws IOException {
        String msg = "A: b\n\nline\n.dot";
        assertThat(copy(msg, -1)).isEqualTo("A: b\r\n\r\nline\r\n..dot\r\n");
        assertThat(octets(msg)).isEqualTo("A: b\r\n\r\nline\r\n.dot\r\n".length());
    }

    @Test
    void topSendsTheHeaderTheBlankLineAndNBodyLines() throws IOException {
        String msg = "A: 1\r\nB: 2\r\n\r\none\r\n.two\r\nthree\r\n";
        assertThat(copy(msg, 0)).isEqualTo("A: 1\r\nB: 2\r\n\r\n");
        assertThat(copy(msg, 2)).isEqualTo("A: 1\r\nB: 2\r\n\r\none\r\n..two\r\n");
        assertThat(copy(msg, 99)).isEqualTo(copy(msg, -1));
    }

    @Test
    void aDotInsideALineIsLeftAlone() throws IOException {
        assertThat(copy("a.b\r\n\r\nx .y\r\n", -1)).isEqualTo("a.b\r\n\r\nx .y\r\n");
    }

    @Test
    void anEmptyMessageSendsNothing() throws IOException {
        assertThat(copy("", -1)).isEmpty();
        assertThat(octets("")).isZero();
    }

    @Test
    void stuffingWorksAcrossBufferBoundaries() throws IOException {
        StringBuilder b = new StringBuilder("H: v\r\n\r\n");
        for (int i = 0; i < 50_000; i++) {
            b.append(".l").append(i).append("\r\n");
        }
        String sent = copy(b.toString(), -1);
        assertThat(sent.split("\r\n", -1)).filteredOn(l -> l.startsWith(".")).allMatch(l -> l.startsWith(".."));
        assertThat(sent.length()).isEqualTo(b.length() + 50_000);
        assertThat(octets(b.toString())).isEqualTo(b.length());
    }
}
