package org.datasetkit.core.fixity;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.datasetkit.core.dataset.ChangeDetector;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostics;

/**
 * Computes the checksums of every payload file: each file read once for all algorithms, files spread over a
 * bounded pool owned by the call, largest first (so one big file does not run alone at the end), unchanged files
 * taken from the incremental cache. Memory stays constant in the size of the data: one buffer per thread at most.
 */
public final class Checksummer {

    private static final int MAX_BUFFER = 1 << 20;
    private static final int MIN_BUFFER = 8 << 10;

    public FixityResult compute(FixityRequest request) throws IOException, DatasetException {
        long started = System.nanoTime();
        Dataset dataset = request.dataset();
        List<DatasetFile> files = dataset.files();
        List<DigestAlgorithm> algorithms = request.algorithms();

        FixityCache.Loaded cache = request.cacheFile().isPresent() && !request.force()
                ? FixityCache.load(request.cacheFile().get(), dataset.root(), algorithms)
                : new FixityCache.Loaded(Map.of(), null);
        FileFixity[] results = new FileFixity[files.size()];
        List<Integer> toHash = new ArrayList<>();
        long cachedFiles = 0;
        long cachedBytes = 0;
        for (int i = 0; i < files.size(); i++) {
            Map<DigestAlgorithm, String> hit = FixityCache.lookup(cache.entries(), files.get(i));
            if (hit != null) {
                results[i] = new FileFixity(files.get(i), hit);
                cachedFiles++;
                cachedBytes += files.get(i).size();
            } else {
                toHash.add(i);
            }
        }
        toHash.sort(Comparator.comparingLong((Integer i) -> files.get(i).size()).reversed().thenComparing(i -> i));

        long hashedBytes = hashAll(request, toHash, results);

        FixityStats stats = new FixityStats(toHash.size(), hashedBytes, cachedFiles, cachedBytes,
                Duration.ofNanos(System.nanoTime() - started));
        Diagnostics warnings = cache.warning() == null ? Diagnostics.none() : Diagnostics.of(cache.warning());
        FixityResult result = new FixityResult(dataset, algorithms, List.of(results), stats, warnings);
        if (request.cacheFile().isPresent()) {
            Instant now = Instant.now();
            FixityCache.save(request.cacheFile().get(), result,
                    TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano());
        }
        return result;
    }

    private long hashAll(FixityRequest request, List<Integer> toHash, FileFixity[] results)
            throws IOException, DatasetException {
        if (toHash.isEmpty()) {
            return 0;
        }
        List<DatasetFile> files = request.dataset().files();
        long bytesTotal = toHash.stream().mapToLong(i -> files.get(i).size()).sum();
        AtomicLong bytesDone = new AtomicLong();
        int threads = Math.min(request.threads(), toHash.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        long started = System.nanoTime();
        try {
            ExecutorCompletionService<Void> done = new ExecutorCompletionService<>(pool);
            for (int i : toHash) {
                done.submit(() -> {
                    results[i] = hash(files.get(i), request.algorithms(), bytesDone);
                    return null;
                });
            }
            long intervalNanos = request.progressInterval().toNanos();
            for (int finished = 0; finished < toHash.size(); ) {
                Future<Void> next = done.poll(intervalNanos, TimeUnit.NANOSECONDS);
                if (next == null) {
                    request.progress().progress(finished, toHash.size(), bytesDone.get(), bytesTotal,
                            Duration.ofNanos(System.nanoTime() - started));
                    continue;
                }
                next.get();
                finished++;
            }
            return bytesDone.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while computing checksums");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DatasetException d) {
                throw d;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("checksum task failed", cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads one file once, feeding every digest, and checks it did not change meanwhile. */
    static FileFixity hash(DatasetFile file, List<DigestAlgorithm> algorithms, AtomicLong bytesDone)
            throws IOException, DatasetException {
        MessageDigest[] digests = new MessageDigest[algorithms.size()];
        for (int i = 0; i < digests.length; i++) {
            digests[i] = algorithms.get(i).newDigest();
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(MAX_BUFFER, Math.max(MIN_BUFFER, file.size())));
        byte[] array = buffer.array();
        long total = 0;
        ChangeDetector.requireUnchanged(file, "hashed");
        try (FileChannel channel = FileChannel.open(file.file(), StandardOpenOption.READ)) {
            int n;
            while ((n = channel.read(buffer)) >= 0) {
                for (MessageDigest d : digests) {
                    d.update(array, 0, n);
                }
                total += n;
                bytesDone.addAndGet(n);
                buffer.clear();
            }
        }
        ChangeDetector.requireLength(file, total, "hashed");
        ChangeDetector.requireUnchanged(file, "hashed");
        Map<DigestAlgorithm, String> hex = new EnumMap<>(DigestAlgorithm.class);
        for (int i = 0; i < digests.length; i++) {
            hex.put(algorithms.get(i), HexFormat.of().formatHex(digests[i].digest()));
        }
        return new FileFixity(file, hex);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "datasetkit-checksum-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
