package org.jobclass.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per address over a sliding window. Past the limit, further
 * attempts are refused without checking the password until the oldest failure leaves the window.
 */
@Component
public class SignInThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failuresByAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String username, String address) {
        Instant now = clock.instant();
        return recent(failuresByAccount, accountKey(username), now) >= MAX_FAILURES_PER_ACCOUNT
                || recent(failuresByAddress, address, now) >= MAX_FAILURES_PER_ADDRESS;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        add(failuresByAccount, accountKey(username), now);
        add(failuresByAddress, address, now);
    }

    public void succeeded(String username) {
        failuresByAccount.remove(accountKey(username));
    }

    private static String accountKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static void add(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (key == null) {
            return;
        }
        failures.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            prune(kept, now);
            kept.addLast(now);
            return kept;
        });
    }

    private static int recent(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (key == null) {
            return 0;
        }
        Deque<Instant> times = failures.computeIfPresent(key, (k, kept) -> {
            prune(kept, now);
            return kept.isEmpty() ? null : kept;
        });
        return times == null ? 0 : times.size();
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.removeFirst();
        }
    }
}
