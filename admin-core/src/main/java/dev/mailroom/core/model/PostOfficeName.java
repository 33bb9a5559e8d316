package dev.mailroom.core.model;

/**
 * The name of a post office. Kept as typed for display, compared case-insensitively, because it
 * is a folder name and MailEnable's files store it upper-cased ({@code [SF:EXAMPLE/ALICE]}).
 */
public final class PostOfficeName implements Comparable<PostOfficeName> {
    public static final int MAX_LENGTH = 64;
    private final String value;
    private final String key;

    private PostOfficeName(String value) {
        this.value = value;
        this.key = NameRules.foldKey(value);
    }

    public static PostOfficeName of(String raw) {
        String v = NameRules.checkFileSafe("name", "Post office name", raw, MAX_LENGTH);
        if (v.contains("@") || v.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw new InvalidValueException("name", "Post office name must not contain '@' or spaces");
        }
        return new PostOfficeName(v);
    }

    public String value() {
        return value;
    }

    /** Upper-cased form used in address-map targets and for case-insensitive comparison. */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostOfficeName other && other.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public int compareTo(PostOfficeName o) {
        return key.compareTo(o.key);
    }

    @Override
    public String toString() {
        return value;
    }
}
