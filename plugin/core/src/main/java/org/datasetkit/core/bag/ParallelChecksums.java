package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The checksums of the files of a bag whose files open independently of each other (a folder, a zip), on a pool of
 * threads owned by one call: each worker takes the next file, reads it once for all its algorithms with its own buffer,
 * and hands the results over a short queue to the calling thread, which alone talks to the sink. Results go over in
 * batches: waking the calling thread once per small file cost more than hashing it. Memory is the workers' buffers
 * and the queue, whatever the number of files.
 */
final class ParallelChecksums {

    /** One file's outcome: its checksums, or why it could not be read. */
    private record Outcome(String path, Map<ManifestAlgorithm, String> checksums, String failure) {}

    /** Results handed over at once; a batch also goes when its files reach {@link #BATCH_BYTES}. */
    private static final int BATCH = 64;
    private static final long BATCH_BYTES = 64L << 20;

    private ParallelChecksums() {}

    /** Hashes {@code todo} with {@code algorithms.apply(path)} each, on {@code threads} threads, in any order. */
    static void run(BagSource source, List<BagSource.Entry> todo, Function<String, Set<ManifestAlgorithm>> algorithms,
            int threads, EntryChecksums.Sink sink) throws IOException {
        int workers = Math.max(1, Math.min(threads, todo.size()));
        BlockingQueue<List<Outcome>> done = new ArrayBlockingQueue<>(4 * workers);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "datasetkit-verify");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> running = new ArrayList<>();
        try {
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    work(source, todo, algorithms, next, done);
                    return null;
                }));
            }
            for (int received = 0; received < todo.size(); ) {
                List<Outcome> batch = done.poll(200, TimeUnit.MILLISECONDS);
                if (batch == null) {
                    rethrowFailed(running);
                    continue;
                }
                received += batch.size();
                for (Outcome o : batch) {
                    if (o.failure() == null) {
                        sink.found(o.path(), o.checksums());
                    } else {
                        sink.failed(o.path(), o.failure());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while verifying the bag");
        } finally {
            pool.shutdownNow();
        }
    }

    private static void work(BagSource source, List<BagSource.Entry> todo, Function<String, Set<ManifestAlgorithm>> algorithms,
            AtomicInteger next, BlockingQueue<List<Outcome>> done) throws InterruptedException {
        EntryChecksums reader = new EntryChecksums();
        List<Outcome> batch = new ArrayList<>(BATCH);
        long batchBytes = 0;
        for (int i = next.getAndIncrement(); i < todo.size(); i = next.getAndIncrement()) {
            BagSource.Entry e = todo.get(i);
            Outcome outcome;
            try (InputStream in = source.open(e.path())) {
                outcome = new Outcome(e.path(), reader.compute(in, e.size(), algorithms.apply(e.path())), null);
            } catch (IOException failure) {
                outcome = new Outcome(e.path(), null, EntryChecksums.why(failure));
            }
            batch.add(outcome);
            batchBytes += e.size();
            if (batch.size() == BATCH || batchBytes >= BATCH_BYTES) {
                done.put(batch);
                batch = new ArrayList<>(BATCH);
                batchBytes = 0;
            }
        }
        if (!batch.isEmpty()) {
            done.put(batch);
        }
    }

    /** A worker that died of something other than an unreadable file (a bug, no memory) must not leave us waiting. */
    private static void rethrowFailed(List<Future<?>> running) throws IOException, InterruptedException {
        for (Future<?> f : running) {
            if (f.isDone()) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IOException("a verifying thread failed: " + e.getCause(), e.getCause());
                }
            }
        }
    }
}
