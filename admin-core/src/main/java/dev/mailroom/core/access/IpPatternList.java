package dev.mailroom.core.access;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mailroom.core.model.InvalidValueException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * An ordered list of {@link IpPattern}s (privileged relay IPs, an access-control list).
 * Serialised to JSON as an array of strings. Duplicates are dropped, order is kept.
 */
public final class IpPatternList {
    private static final IpPatternList EMPTY = new IpPatternList(List.of());
    private final List<IpPattern> patterns;

    private IpPatternList(List<IpPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static IpPatternList empty() {
        return EMPTY;
    }

    public static IpPatternList of(IpPattern... patterns) {
        return new IpPatternList(new ArrayList<>(new LinkedHashSet<>(List.of(patterns))));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static IpPatternList parse(List<String> texts) {
        return parse("patterns", texts);
    }

    /** Each entry parsed; an error names the entry's position so a dialog can point at it. */
    public static IpPatternList parse(String field, List<String> texts) {
        if (texts == null) {
            return EMPTY;
        }
        LinkedHashSet<IpPattern> out = new LinkedHashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            try {
                out.add(IpPattern.of(field, t));
            } catch (InvalidValueException e) {
                throw new InvalidValueException(field, "Entry " + (i + 1) + ": " + e.getMessage());
            }
        }
        return new IpPatternList(new ArrayList<>(out));
    }

    /** The first pattern that matches, to name it in a log line. */
    public Optional<IpPattern> firstMatch(InetAddress address) {
        for (IpPattern p : patterns) {
            if (p.matches(address)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public boolean matches(InetAddress address) {
        return firstMatch(address).isPresent();
    }

    public List<IpPattern> patterns() {
        return patterns;
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    @JsonValue
    public List<String> texts() {
        return patterns.stream().map(IpPattern::text).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpPatternList other && other.patterns.equals(patterns);
    }

    @Override
    public int hashCode() {
        return patterns.hashCode();
    }

    @Override
    public String toString() {
        return String.join(", ", texts());
    }
}
