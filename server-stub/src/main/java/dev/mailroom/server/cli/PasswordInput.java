package dev.mailroom.server.cli;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a password without it ever being a command-line argument (which any user could see in
 * the process list): a prompt without echo on a terminal, asked twice; otherwise the first line
 * of standard input, for scripts ({@code printf '%s\n' "$PW" | mailroom mailbox add ...}).
 */
final class PasswordInput {
    private PasswordInput() {
    }

    static char[] read(String prompt) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("%s: ", prompt);
            char[] again = console.readPassword("%s (again): ", prompt);
            if (first == null || again == null || !Arrays.equals(first, again)) {
                wipe(first);
                wipe(again);
                throw new IllegalArgumentException("The two passwords differ");
            }
            wipe(again);
            return first;
        }
        return firstLine(System.in);
    }

    static char[] firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        byte[] bytes = line.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') {
            len--;
        }
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, len));
        char[] out = Arrays.copyOf(chars.array(), chars.limit());
        Arrays.fill(chars.array(), '\0');
        Arrays.fill(bytes, (byte) 0);
        return out;
    }

    static void wipe(char[] c) {
        if (c != null) {
            Arrays.fill(c, '\0');
        }
    }
}
