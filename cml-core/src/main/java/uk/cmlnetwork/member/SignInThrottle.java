package uk.cmlnetwork.member;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after too many failed sign-ins within a quarter of an hour, for
 * one account or from one address, further attempts are refused until the window has passed.
 * Kept in memory: it protects one server; a cluster would keep these counts in a shared store.
 */
public class SignInThrottle {
    public static final int PER_ACCOUNT = 5;
    public static final int PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether another attempt for this account from this address may be checked now. */
    public boolean allows(String email, String address) {
        return recent(accountKey(email)) < PER_ACCOUNT && recent(addressKey(address)) < PER_ADDRESS;
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {accountKey(email), addressKey(address)}) {
            failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            Deque<Instant> times = failures.get(key);
            synchronized (times) {
                times.addLast(now);
            }
        }
    }

    public void succeeded(String email) {
        failures.remove(accountKey(email));
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(WINDOW);
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
                times.removeFirst();
            }
            return times.size();
        }
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
