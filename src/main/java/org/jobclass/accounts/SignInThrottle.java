package org.jobclass.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing. An account's failed sign-ins make each next attempt wait longer (a few seconds after the
 * third failure, doubling up to a minute), so that its owner is delayed, never locked out by someone else's
 * guesses. An address is refused for a while after twenty failures, whatever the accounts.
 * <p>
 * The memory it keeps is bounded: accounts are counted by their stored username (an unknown name is no one's
 * account and is counted only against its address), a count expires with its window, and the number of addresses
 * kept is capped.
 */
@Component
public class SignInThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(2);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(1);
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final long MAX_ADDRESSES = 100_000;

    private record AccountFailures(int count, Instant last) {
    }

    private final Cache<String, AccountFailures> failuresByAccount;
    private final Cache<String, Deque<Instant>> failuresByAddress;
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
        this.failuresByAccount = Caffeine.newBuilder()
                .ticker(() -> clock.instant().toEpochMilli() * 1_000_000)
                .expireAfterWrite(WINDOW)
                .build();
        this.failuresByAddress = Caffeine.newBuilder()
                .ticker(() -> clock.instant().toEpochMilli() * 1_000_000)
                .expireAfterWrite(WINDOW)
                .maximumSize(MAX_ADDRESSES)
                .build();
    }

    /**
     * How long a sign-in to this account from this address must still wait, or empty when it may be tried now.
     *
     * @param account the stored username of the account signed in to, or null when no account has the name typed
     */
    public Optional<Duration> waitBefore(String account, String address) {
        Instant now = clock.instant();
        if (address != null && recentFailures(address, now) >= MAX_FAILURES_PER_ADDRESS) {
            Instant oldest = failuresByAddress.getIfPresent(address).peekFirst();
            return Optional.of(Duration.between(now, oldest.plus(WINDOW)));
        }
        AccountFailures failures = account == null ? null : failuresByAccount.getIfPresent(account);
        if (failures == null || failures.count() < FREE_FAILURES_PER_ACCOUNT) {
            return Optional.empty();
        }
        Instant allowed = failures.last().plus(delayAfter(failures.count()));
        return now.isBefore(allowed) ? Optional.of(Duration.between(now, allowed)) : Optional.empty();
    }

    /** The wait after this many failures in a row: none for the first few, then doubling up to the longest. */
    static Duration delayAfter(int failures) {
        if (failures < FREE_FAILURES_PER_ACCOUNT) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES_PER_ACCOUNT, 16);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        if (account != null) {
            failuresByAccount.asMap().merge(account, new AccountFailures(1, now),
                    (kept, added) -> new AccountFailures(kept.count() + 1, now));
        }
        if (address != null) {
            failuresByAddress.asMap().compute(address, (key, times) -> {
                Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
                prune(kept, now);
                kept.addLast(now);
                while (kept.size() > MAX_FAILURES_PER_ADDRESS) {
                    kept.removeFirst();
                }
                return kept;
            });
        }
    }

    public void succeeded(String account) {
        if (account != null) {
            failuresByAccount.invalidate(account);
        }
    }

    private int recentFailures(String address, Instant now) {
        Deque<Instant> times = failuresByAddress.asMap().computeIfPresent(address, (key, kept) -> {
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
