package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedFreshReadTest {

    private final ExecutorService callers = Executors.newFixedThreadPool(12);

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    /** Reads that number themselves; the first one waits until released. */
    private static final class NumberedReads {
        final AtomicInteger started = new AtomicInteger();
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch releaseFirst = new CountDownLatch(1);

        Integer read() {
            int number = started.incrementAndGet();
            if (number == 1) {
                firstStarted.countDown();
                try {
                    releaseFirst.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return number;
        }
    }

    @Test
    void aCallerArrivingDuringAReadGetsALaterRead() throws Exception {
        NumberedReads reads = new NumberedReads();
        SharedFreshRead<Integer> shared = new SharedFreshRead<>(reads::read);

        Future<Integer> first = callers.submit(shared::get);
        assertThat(reads.firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        Future<Integer> second = callers.submit(shared::get);
        awaitWaiting(1);
        reads.releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(second.get(10, TimeUnit.SECONDS)).as("read 1 began before the second caller asked").isEqualTo(2);
    }

    @Test
    void callersArrivingDuringAReadShareTheNextOne() throws Exception {
        NumberedReads reads = new NumberedReads();
        SharedFreshRead<Integer> shared = new SharedFreshRead<>(reads::read);

        Future<Integer> first = callers.submit(shared::get);
        assertThat(reads.firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<Integer>> waiting = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            waiting.add(callers.submit(shared::get));
        }
        awaitWaiting(10);
        reads.releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        for (Future<Integer> caller : waiting) {
            assertThat(caller.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        }
        assertThat(reads.started).hasValue(2);
    }

    @Test
    void aFailedReadFailsItsCallerAndTheNextCallerReadsAgain() {
        AtomicInteger calls = new AtomicInteger();
        SharedFreshRead<String> shared = new SharedFreshRead<>(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database unavailable");
            }
            return "version " + calls.get();
        });

        assertThatThrownBy(shared::get).hasMessage("database unavailable");
        assertThat(shared.get()).isEqualTo("version 2");
        assertThat(shared.get()).isEqualTo("version 3");
    }

    @Test
    void neverMoreThanOneReadAtATimeAndNoCallerGetsAReadOlderThanItsCall() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        SharedFreshRead<Integer> shared = new SharedFreshRead<>(() -> {
            int now = running.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            int number = started.incrementAndGet();
            Thread.onSpinWait();
            running.decrementAndGet();
            return number;
        });

        List<Future<Integer>> stale = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            stale.add(callers.submit(() -> {
                int staleAnswers = 0;
                for (int call = 0; call < 2_000; call++) {
                    int startedBefore = started.get();
                    if (shared.get() <= startedBefore) {
                        staleAnswers++;
                    }
                }
                return staleAnswers;
            }));
        }

        for (Future<Integer> caller : stale) {
            assertThat(caller.get(60, TimeUnit.SECONDS)).isZero();
        }
        assertThat(mostAtOnce).hasValue(1);
        assertThat(started.get()).isLessThanOrEqualTo(8 * 2_000);
    }

    /** Waits until this many of the callers' threads are parked, waiting for a read. */
    private static void awaitWaiting(int callers) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            long parked = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getState() == Thread.State.WAITING)
                    .filter(thread -> List.of(thread.getStackTrace()).stream()
                            .anyMatch(frame -> frame.getMethodName().equals("awaitUninterruptibly")))
                    .count();
            if (parked >= callers) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the callers did not all wait for a read");
    }
}
