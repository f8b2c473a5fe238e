package org.jobclass.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The throttle's counts, as every instance of the application reads and writes them in the database. */
@ApplicationTest
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();

    @Autowired
    JdbcClient jdbc;

    SignInThrottle throttle;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from sign_in_account_failures where account in ('pat', 'sam', 'someone')").update();
        jdbc.sql("delete from sign_in_address_failures where address like '10.0.0.%'").update();
        throttle = new SignInThrottle(clock, jdbc);
    }

    @Test
    void anAccountsFailuresMakeEachNextAttemptWaitLongerUpToAMinute() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.waitBefore("pat", "10.0.0.1")).isEmpty();
            throttle.failed("pat", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("pat", "10.0.0.99")).contains(Duration.ofSeconds(2));

        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.waitBefore("pat", "10.0.0.99")).isEmpty();
        throttle.failed("pat", "10.0.0.1");
        assertThat(throttle.waitBefore("pat", "10.0.0.99")).contains(Duration.ofSeconds(4));

        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofMinutes(1));
            throttle.failed("pat", "10.0.0." + i);
        }
        assertThat(throttle.waitBefore("pat", "10.0.0.99")).as("never a lock, at most a minute's wait")
                .contains(Duration.ofMinutes(1));
        assertThat(throttle.waitBefore("sam", "10.0.0.99")).isEmpty();
    }

    @Test
    void theCountEndsWhenNoFailureFollowsWithinTheWindow() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("pat", "10.0.0." + i);
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("pat", "10.0.0.1");

        assertThat(throttle.waitBefore("pat", "10.0.0.2")).isEmpty();
    }

    @Test
    void anAddressIsRefusedAfterTwentyFailuresWhateverTheAccounts() {
        for (int i = 0; i < 19; i++) {
            throttle.failed(null, "10.0.0.7");
        }
        assertThat(throttle.waitBefore("someone", "10.0.0.7")).isEmpty();

        throttle.failed(null, "10.0.0.7");

        assertThat(throttle.waitBefore("someone", "10.0.0.7")).contains(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore("someone", "10.0.0.8")).isEmpty();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore("someone", "10.0.0.7")).isEmpty();
    }

    @Test
    void whatIsKeptIsBoundedAnAddressKeepsItsLastTwentyFailuresAndOldCountsGo() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("pat", "10.0.0.7");
        }
        assertThat(jdbc.sql("select count(*) from sign_in_address_failures where address = '10.0.0.7'").query(Integer.class).single())
                .isEqualTo(20);

        clock.advance(Duration.ofMinutes(16));
        throttle.failed("sam", "10.0.0.8");

        assertThat(jdbc.sql("select count(*) from sign_in_address_failures where address = '10.0.0.7'").query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from sign_in_account_failures where account = 'pat'").query(Integer.class).single())
                .isZero();
        assertThat(throttle.waitBefore("pat", "10.0.0.7")).isEmpty();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("pat", "10.0.0.1");
        }

        throttle.succeeded("pat");
        throttle.failed("pat", "10.0.0.1");

        assertThat(throttle.waitBefore("pat", "10.0.0.2")).isEmpty();
    }

    @Test
    void theDelaysDoubleFromTwoSecondsAndStopAtAMinute() {
        assertThat(SignInThrottle.delayAfter(2)).isZero();
        assertThat(SignInThrottle.delayAfter(3)).hasSeconds(2);
        assertThat(SignInThrottle.delayAfter(5)).hasSeconds(8);
        assertThat(SignInThrottle.delayAfter(8)).hasSeconds(60);
        assertThat(SignInThrottle.delayAfter(Integer.MAX_VALUE)).hasSeconds(60);
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-01-05T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
