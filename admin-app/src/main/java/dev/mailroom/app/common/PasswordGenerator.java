package dev.mailroom.app.common;

import java.security.SecureRandom;

/**
 * Generated passwords: 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I), so a
 * password read off the screen once can be typed correctly; about 94 bits of entropy.
 */
public final class PasswordGenerator {
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordGenerator() {
    }

    public static String generate() {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
