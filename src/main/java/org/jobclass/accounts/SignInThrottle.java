package org.jobclass.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing. An account's failed sign-ins make each next attempt wait longer (a few seconds after the
 * third failure, doubling up to a minute), so that its owner is delayed, never locked out by someone else's
 * guesses. An address is refused for a while after twenty failures, whatever the accounts.
 * <p>
 * The counts live in the database, so every instance of the application applies the same ones. What is kept is
 * bounded: accounts are counted by their stored username (an unknown name is no one's account and is counted only
 * against its address), an address keeps at most its last twenty failures, and a count ends with its window.
 */
@Component
public class SignInThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(2);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(1);
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Longer addresses (none is) are cut to this, the column's size. */
    private static final int LONGEST_ADDRESS = 64;

    private record AccountFailures(int count, Instant last) {
    }

    private final Clock clock;
    private final JdbcClient jdbc;

    SignInThrottle(Clock clock, JdbcClient jdbc) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * How long a sign-in to this account from this address must still wait, or empty when it may be tried now.
     *
     * @param account the stored username of the account signed in to, or null when no account has the name typed
     */
    @Transactional(readOnly = true)
    public Optional<Duration> waitBefore(String account, String address) {
        Instant now = clock.instant();
        if (address != null) {
            List<OffsetDateTime> recent = jdbc.sql("""
                            select failed_at from sign_in_address_failures
                            where address = :address and failed_at > :since order by failed_at desc limit :most""")
                    .param("address", shortened(address))
                    .param("since", at(now.minus(WINDOW)))
                    .param("most", MAX_FAILURES_PER_ADDRESS)
                    .query(OffsetDateTime.class).list();
            if (recent.size() >= MAX_FAILURES_PER_ADDRESS) {
                Instant oldest = recent.get(recent.size() - 1).toInstant();
                return Optional.of(Duration.between(now, oldest.plus(WINDOW)));
            }
        }
        AccountFailures failures = account == null ? null : jdbc.sql("""
                        select failures, last_failed_at from sign_in_account_failures
                        where account = :account and last_failed_at > :since""")
                .param("account", account)
                .param("since", at(now.minus(WINDOW)))
                .query((row, number) -> new AccountFailures(row.getInt("failures"),
                        row.getObject("last_failed_at", OffsetDateTime.class).toInstant()))
                .optional().orElse(null);
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

    @Transactional
    public void failed(String account, String address) {
        Instant now = clock.instant();
        OffsetDateTime since = at(now.minus(WINDOW));
        if (account != null) {
            // A failure within the window adds to the count; after a quiet window the count starts again.
            jdbc.sql("""
                            insert into sign_in_account_failures (account, failures, last_failed_at) values (:account, 1, :now)
                            on conflict (account) do update set
                                failures = case when sign_in_account_failures.last_failed_at > :since
                                                then sign_in_account_failures.failures + 1 else 1 end,
                                last_failed_at = :now""")
                    .param("account", account).param("now", at(now)).param("since", since).update();
            jdbc.sql("delete from sign_in_account_failures where last_failed_at <= :since").param("since", since).update();
        }
        if (address != null) {
            String kept = shortened(address);
            jdbc.sql("insert into sign_in_address_failures (address, failed_at) values (:address, :now)")
                    .param("address", kept).param("now", at(now)).update();
            jdbc.sql("""
                            delete from sign_in_address_failures where address = :address and id not in (
                                select id from sign_in_address_failures where address = :address
                                order by failed_at desc, id desc limit :most)""")
                    .param("address", kept).param("most", MAX_FAILURES_PER_ADDRESS).update();
            jdbc.sql("delete from sign_in_address_failures where failed_at <= :since").param("since", since).update();
        }
    }

    @Transactional
    public void succeeded(String account) {
        if (account != null) {
            jdbc.sql("delete from sign_in_account_failures where account = :account").param("account", account).update();
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String shortened(String address) {
        return address.length() > LONGEST_ADDRESS ? address.substring(0, LONGEST_ADDRESS) : address;
    }
}
