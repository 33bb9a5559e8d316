package dev.mailroom.core.logs;

/**
 * The class of a logged response, for "show me every refusal" searches: the first digit of an
 * SMTP reply code, 2 for POP3's {@code +OK}, 5 for its {@code -ERR}, 0 for none.
 */
public final class ResponseClass {
    private ResponseClass() {
    }

    public static int of(CharSequence response) {
        if (response == null || response.length() == 0) {
            return 0;
        }
        char c = response.charAt(0);
        if (c >= '2' && c <= '5' && response.length() >= 3
                && Character.isDigit(response.charAt(1)) && Character.isDigit(response.charAt(2))
                && (response.length() == 3 || response.charAt(3) == ' ' || response.charAt(3) == '-')) {
            return c - '0';
        }
        if (startsWith(response, "+OK")) {
            return 2;
        }
        if (startsWith(response, "-ERR")) {
            return 5;
        }
        if (c == '+') {
            return 3; // POP3/SASL continuation "+ "
        }
        return 0;
    }

    private static boolean startsWith(CharSequence s, String prefix) {
        if (s.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (s.charAt(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
