package org.datasetkit.core.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Independent exports made side by side on a pool of at most {@code threads} threads that this object owns and
 * {@link #close} ends: each export that walks every payload file costs about as much as the others together, so the
 * longest sets the pace instead of their sum. With one thread nothing is started early: each export runs in the
 * caller when its result is asked for, in the order asked, as one after another always did.
 *
 * <p>A failure surfaces once, as the export threw it, when its result is asked for (the caller asks in a fixed
 * order, so the same failure is reported whatever finished first); the other exports' failures are not reported
 * again. {@link #close} first waits for every export already running, so that none is still writing when the caller
 * removes what a failed build spooled.
 */
final class ExportTasks implements AutoCloseable {

    /** One export: its file, or the failure to make it. */
    @FunctionalInterface
    interface Task<T> {
        T call() throws IOException;
    }

    /** An export started (or, on one thread, waiting for its result to be asked for). */
    @FunctionalInterface
    interface Result<T> {
        T get() throws IOException;
    }

    private final ExecutorService pool;
    private final List<Future<?>> started = new ArrayList<>();

    ExportTasks(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, named());
    }

    /** Starts {@code task} on the pool (on one thread: runs it later, in the caller, when its result is asked for). */
    <T> Result<T> start(Task<T> task) {
        if (pool == null) {
            return task::call;
        }
        Future<T> future = pool.submit(task::call);
        started.add(future);
        return () -> await(future);
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the metadata files were generated");
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** The export's own failure, thrown as it was: the same message as when it ran in the caller. */
    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error; // out of memory among them: the stage's guard names the setting to raise
        }
        throw new UncheckedIOException(new IOException(cause)); // Task throws nothing else
    }

    /** Drops the exports not started yet, waits for those running, and ends the pool. */
    @Override
    public void close() {
        if (pool == null) {
            return;
        }
        started.forEach(f -> f.cancel(false)); // after a failure: what has not started never will
        pool.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true; // still wait: the caller may delete what they write once this returns
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "datasetkit-exports-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
