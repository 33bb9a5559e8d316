package dev.mailroom.core.relay;

import dev.mailroom.core.access.IpAddressLiteral;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code RCPT TO} path in one of the three shapes RFC 5321 allows: an ordinary address, an
 * address at a domain literal ({@code user@[192.0.2.1]}, {@code user@[IPv6:2001:db8::1]}), or
 * the bare {@code postmaster} every server must accept (RFC 5321 section 4.5.1). A source route
 * ({@code @a,@b:user@c}) is ignored, as RFC 5321 asks.
 *
 * @param text    the address without brackets, as it appears in log lines and replies
 * @param address the ordinary address, when it is one
 * @param literal the IP of a domain literal, when it is one
 */
record RecipientAddress(String text, String localPart, Optional<EmailAddress> address, Optional<InetAddress> literal) {

    static RecipientAddress parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.startsWith("@")) {
            int colon = s.indexOf(':');
            if (colon < 0) {
                throw new InvalidValueException("recipient", "Source route without ':'");
            }
            s = s.substring(colon + 1);
        }
        if (s.isEmpty()) {
            throw new InvalidValueException("recipient", "Recipient address is required");
        }
        if (s.indexOf('@') < 0) {
            if (s.equalsIgnoreCase("postmaster")) {
                return new RecipientAddress(s, s, Optional.empty(), Optional.empty());
            }
            throw new InvalidValueException("recipient", "Recipient must look like name@domain");
        }
        int at = s.lastIndexOf('@');
        String domainPart = s.substring(at + 1);
        if (domainPart.startsWith("[") && domainPart.endsWith("]")) {
            String local = s.substring(0, at);
            // Validate the local part with the ordinary rules, against a placeholder domain.
            EmailAddress.of("recipient", local + "@literal.invalid");
            String ip = domainPart.substring(1, domainPart.length() - 1);
            if (ip.regionMatches(true, 0, "IPv6:", 0, 5)) {
                ip = ip.substring(5);
            } else if (ip.indexOf(':') >= 0) {
                throw new InvalidValueException("recipient", "An IPv6 domain literal is written [IPv6:...]");
            }
            InetAddress addr = IpAddressLiteral.parse("recipient", ip);
            return new RecipientAddress(local + "@" + domainPart.toLowerCase(Locale.ROOT), local,
                    Optional.empty(), Optional.of(addr));
        }
        EmailAddress address = EmailAddress.of("recipient", s);
        return new RecipientAddress(address.toString(), address.localPart(), Optional.of(address), Optional.empty());
    }

    boolean isBarePostmaster() {
        return address.isEmpty() && literal.isEmpty();
    }

    Optional<DomainName> domain() {
        return address.map(EmailAddress::domain);
    }

    boolean localPartIs(String name) {
        return localPart.equalsIgnoreCase(name);
    }
}
