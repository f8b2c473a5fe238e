package org.jobclass.catalog;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A value read anew for every caller, as fresh as a read of its own: each caller gets the result of a read that
 * began after it asked. Callers that ask while a read is under way wait for the next read and share it, so that
 * however many callers ask at once, one read at a time is made.
 *
 * <p>A public page must show what the database holds when the page is asked for, even when another instance of the
 * application has just changed it; read per request, the catalog's version cost a database round trip on every page,
 * which was most of the cost of a page answered from the cache.
 */
final class SharedFreshRead<T> {

    private final Supplier<T> read;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readEnded = lock.newCondition();
    private long readsStarted;
    private long freshestRead;
    private boolean reading;
    private T freshest;

    SharedFreshRead(Supplier<T> read) {
        this.read = read;
    }

    /** The result of a read that began after this call: this caller's own, or one shared with other callers. */
    T get() {
        lock.lock();
        try {
            long firstFreshEnough = readsStarted + 1;
            while (freshestRead < firstFreshEnough) {
                if (reading) {
                    readEnded.awaitUninterruptibly();
                } else {
                    readNow();
                }
            }
            return freshest;
        } finally {
            lock.unlock();
        }
    }

    /** Reads outside the lock, with the lock held on entry and on return; a failed read fails its caller only. */
    private void readNow() {
        reading = true;
        long number = ++readsStarted;
        lock.unlock();
        T value = null;
        boolean read = false;
        try {
            value = this.read.get();
            read = true;
        } finally {
            lock.lock();
            reading = false;
            if (read) {
                freshest = value;
                freshestRead = number;
            }
            readEnded.signalAll();
        }
    }
}
