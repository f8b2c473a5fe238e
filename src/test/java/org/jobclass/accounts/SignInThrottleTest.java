package org.jobclass.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void anAccountIsBlockedAfterFiveFailuresWithinTheWindow() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("pat", "10.0.0." + i);
        }
        assertThat(throttle.isBlocked("pat", "10.0.0.99")).isFalse();

        throttle.failed("Pat ", "10.0.0.5");

        assertThat(throttle.isBlocked("pat", "10.0.0.99")).isTrue();
        assertThat(throttle.isBlocked("PAT", "10.0.0.99")).isTrue();
        assertThat(throttle.isBlocked("sam", "10.0.0.99")).isFalse();
    }

    @Test
    void theBlockEndsWhenTheFailuresLeaveTheWindow() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("pat", "10.0.0.1");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.isBlocked("pat", "10.0.0.1")).isTrue();

        clock.advance(Duration.ofMinutes(11));
        assertThat(throttle.isBlocked("pat", "10.0.0.1")).isFalse();
    }

    @Test
    void anAddressIsBlockedAfterTwentyFailuresWhateverTheAccounts() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i, "10.0.0.7");
        }
        assertThat(throttle.isBlocked("someone", "10.0.0.7")).isFalse();

        throttle.failed("user19", "10.0.0.7");

        assertThat(throttle.isBlocked("someone", "10.0.0.7")).isTrue();
        assertThat(throttle.isBlocked("someone", "10.0.0.8")).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("pat", "10.0.0.1");
        }

        throttle.succeeded("pat");
        throttle.failed("pat", "10.0.0.1");

        assertThat(throttle.isBlocked("pat", "10.0.0.2")).isFalse();
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
