package dev.mailroom.server.pop3;

import dev.mailroom.core.pop3.Pop3Settings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Auto-ban: an address with N failed logins within M minutes is refused for T minutes.
 * Loopback is never banned (the administrator's own tools must always get in). Held in memory:
 * a restart lifts every ban, which is the safe direction for a lock-out list.
 */
public final class LoginBans {

    /** One active ban, as the console and the API show it. */
    public record Ban(String address, Instant since, Instant until, int failures) {
    }

    private final Clock clock;
    private final Map<InetAddress, Deque<Instant>> failures = new HashMap<>();
    private final Map<InetAddress, Ban> bans = new HashMap<>();

    public LoginBans(Clock clock) {
        this.clock = clock;
    }

    /** Records a failed login and bans the address if it crossed the threshold. */
    public synchronized void recordFailure(InetAddress address, Pop3Settings.AutoBan rules) {
        if (!rules.enabled() || address.isLoopbackAddress()) {
            return;
        }
        Instant now = clock.instant();
        Deque<Instant> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        times.addLast(now);
        Instant windowStart = now.minus(Duration.ofMinutes(rules.windowMinutes()));
        while (!times.isEmpty() && times.peekFirst().isBefore(windowStart)) {
            times.removeFirst();
        }
        if (times.size() >= rules.failedLogins()) {
            bans.put(address, new Ban(address.getHostAddress(), now, now.plus(Duration.ofMinutes(rules.banMinutes())),
                    times.size()));
            failures.remove(address);
        }
    }

    /** The ban in force for the address, if any (expired bans are dropped here). */
    public synchronized Optional<Ban> activeBan(InetAddress address) {
        Ban ban = bans.get(address);
        if (ban != null && !clock.instant().isBefore(ban.until())) {
            bans.remove(address);
            return Optional.empty();
        }
        return Optional.ofNullable(ban);
    }

    /** Bans in force, soonest to end first. */
    public synchronized List<Ban> list() {
        Instant now = clock.instant();
        bans.values().removeIf(b -> !now.isBefore(b.until()));
        List<Ban> out = new ArrayList<>(bans.values());
        out.sort(Comparator.comparing(Ban::until));
        return out;
    }

    /**
     * Lifts a ban and forgets the address's failures.
     *
     * @return false when the address was not banned
     * @throws IllegalArgumentException when {@code address} is not an IP address
     */
    public synchronized boolean unban(String address) {
        InetAddress a = parse(address);
        failures.remove(a);
        return bans.remove(a) != null;
    }

    /** A literal IP address only: never a host name (that would be a DNS lookup). */
    static InetAddress parse(String address) {
        String a = address == null ? "" : address.strip();
        if (!a.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
            throw new IllegalArgumentException("Not an IP address: " + address);
        }
        try {
            return InetAddress.getByName(a);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an IP address: " + address, e);
        }
    }
}
