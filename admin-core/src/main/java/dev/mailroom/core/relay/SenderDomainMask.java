package dev.mailroom.core.relay;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.InvalidValueException;

/**
 * One entry of a domain's sender blacklist (knowledge base article 4): either a domain, which
 * matches exactly that domain, or {@code *.} followed by a domain, which matches every domain
 * below it ({@code *.com.au} matches {@code shop.com.au} and {@code a.b.com.au}, not
 * {@code com.au} itself). {@code *} alone matches every sender domain: the directory store
 * accepts it, for a domain that must take mail from nobody outside. Case-insensitive;
 * internationalised names compare in punycode.
 */
public final class SenderDomainMask {
    private final boolean subdomains;
    private final DomainName domain;

    private SenderDomainMask(boolean subdomains, DomainName domain) {
        this.subdomains = subdomains;
        this.domain = domain;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SenderDomainMask of(String raw) {
        return of("blacklist", raw);
    }

    public static SenderDomainMask of(String field, String raw) {
        if (raw == null || raw.strip().isEmpty()) {
            throw new InvalidValueException(field, "Domain or mask is required, such as example.com or *.com.au");
        }
        String s = raw.strip();
        if (s.startsWith("@")) {
            s = s.substring(1);
        }
        if (s.equals("*")) {
            return new SenderDomainMask(true, null);
        }
        boolean sub = s.startsWith("*.");
        String rest = sub ? s.substring(2) : s;
        if (rest.indexOf('*') >= 0) {
            throw new InvalidValueException(field, "'" + s + "': '*' may only start a mask, as in *.com.au");
        }
        DomainName d;
        try {
            d = DomainName.of(field, rest);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, "'" + s + "': " + e.getMessage());
        }
        return new SenderDomainMask(sub, d);
    }

    public boolean matches(DomainName sender) {
        if (sender == null) {
            return false;
        }
        String v = sender.value();
        if (domain == null) {
            return true;
        }
        if (!subdomains) {
            return v.equals(domain.value());
        }
        return v.endsWith("." + domain.value());
    }

    @JsonValue
    public String text() {
        if (domain == null) {
            return "*";
        }
        return subdomains ? "*." + domain.value() : domain.value();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SenderDomainMask other && other.text().equals(text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
