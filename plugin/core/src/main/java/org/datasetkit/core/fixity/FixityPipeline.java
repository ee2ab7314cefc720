package org.datasetkit.core.fixity;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.datasetkit.core.dataset.ChangeDetector;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diag.WorkerFailure;

/**
 * One checksum run: the cache is read, then workers hash every file handed to {@link #accept} (safe from any thread,
 * so a scan can feed it while it walks) unless the cache already knows it unchanged. {@link #finish} waits for the
 * work, assembles the result in the dataset's order (taking unchanged files from the cache), keeps the payload
 * manifests current when asked to, and rewrites the cache if anything changed.
 */
public final class FixityPipeline implements Consumer<DatasetFile>, AutoCloseable {

    /** Workers stop at this marker, queued after every file. */
    private static final DatasetFile END = DatasetFile.of("", Path.of(""), -1, 0, "");

    /**
     * Files this large jump the queue: started as soon as a worker is free, they cannot end up hashing alone while
     * the other threads idle. Small files keep the order they were found in, which costs nothing to maintain.
     */
    private static final long LARGE = 16L << 20;

    private final FixityOptions options;
    private final FixityCache.Loaded cache;
    private final PayloadManifests manifests;
    private final LinkedBlockingDeque<DatasetFile> queue = new LinkedBlockingDeque<>();
    private final Map<String, FileFixity> results = new ConcurrentHashMap<>();
    /** The cache lines of the files hashed, one writer per worker. */
    private final Queue<FixityCacheWriter> cacheLines = new ConcurrentLinkedQueue<>();
    private final AtomicInteger filesQueued = new AtomicInteger();
    private final AtomicInteger filesHashed = new AtomicInteger();
    private final AtomicLong bytesQueued = new AtomicLong();
    private final AtomicLong bytesHashed = new AtomicLong();
    private final AtomicBoolean failed = new AtomicBoolean();
    private final Queue<Diagnostic> unreadable = new ConcurrentLinkedQueue<>();
    private final ExecutorService pool;
    private final List<Future<Void>> workers = new ArrayList<>();
    private final long started = System.nanoTime();

    FixityPipeline(Path root, FixityOptions options) {
        this.options = options;
        this.cache = options.cacheFile().isPresent() && !options.force()
                ? FixityCache.load(options.cacheFile().get(), root, options.algorithms())
                : FixityCache.Loaded.empty(null);
        this.manifests = options.manifestDirectory().map(dir -> new PayloadManifests(dir, options.algorithms())).orElse(null);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "datasetkit-checksum-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < options.threads(); i++) {
            workers.add(pool.submit(this::work));
        }
    }

    /** Takes a payload file: left for {@link #finish} to take from the cache if it is unchanged, else queued to hash. */
    @Override
    public void accept(DatasetFile file) {
        if (cache.knows(file)) {
            return;
        }
        filesQueued.incrementAndGet();
        bytesQueued.addAndGet(file.size());
        if (file.size() >= LARGE) {
            queue.addFirst(file);
        } else {
            queue.addLast(file);
        }
    }

    private Void work() throws IOException, DatasetException, InterruptedException {
        FileHasher hasher = new FileHasher(options.algorithms());
        FixityCacheWriter lines = options.cacheFile().isPresent() ? new FixityCacheWriter(options.algorithms(), 1024) : null;
        if (lines != null) {
            cacheLines.add(lines);
        }
        for (DatasetFile file = queue.takeFirst(); file != END && !failed.get(); file = queue.takeFirst()) {
            try {
                FileFixity hashed = hasher.hash(file, bytesHashed);
                results.put(file.path(), hashed);
                if (lines != null) {
                    lines.add(hashed);
                }
                filesHashed.incrementAndGet();
            } catch (DatasetException e) {
                if (ChangeDetector.isUnreadable(e)) {
                    unreadable.addAll(e.diagnostics().all()); // go on: the user fixes them all in one go
                    continue;
                }
                failed.set(true);
                throw e;
            } catch (IOException | RuntimeException e) {
                failed.set(true);
                throw e;
            }
        }
        return null;
    }

    /**
     * Waits for every file handed in, then returns the checksums of {@code dataset} in its order. A file of the dataset
     * that was never handed in is hashed now, so the result is always complete. The manifests are written before the
     * cache that records them: a run stopped in between leaves a cache that does not vouch for them.
     */
    public FixityResult finish(Dataset dataset) throws IOException, DatasetException {
        for (int i = 0; i < workers.size(); i++) {
            queue.addLast(END);
        }
        awaitWorkers();
        if (!unreadable.isEmpty()) {
            throw new DatasetException(Diagnostics.sorted(unreadable));
        }
        Assembly assembly = assemble(dataset);
        FixityStats stats = new FixityStats(filesHashed.get(), bytesHashed.get(), assembly.filesCached(),
                assembly.bytesCached(), Duration.ofNanos(System.nanoTime() - started));
        Diagnostics warnings = cache.warning() == null ? Diagnostics.none() : Diagnostics.of(cache.warning());
        FixityResult result = new FixityResult(dataset, options.algorithms(), assembly.ordered(), stats, warnings);
        // An unchanged dataset leaves the cache as it is: the same files, all found in it.
        boolean cacheCurrent = filesHashed.get() == 0 && cache.entries().size() == assembly.ordered().size();
        List<ManifestStamp> stamps = cache.manifests();
        long now = nowNanos();
        boolean recordStamps = false;
        if (manifests != null && !(cacheCurrent && manifests.unchangedSince(stamps, cache.trustedBefore()))) {
            stamps = manifests.write(result);
            // Worth a rewrite of an otherwise current cache once their time stamps can be trusted (next run, if not now).
            recordStamps = stamps.stream().allMatch(m -> m.lastModified() < FixityCache.trustedBefore(now));
        }
        if (options.cacheFile().isPresent() && (!cacheCurrent || recordStamps)) {
            saveCache(dataset.root(), assembly, stamps, now);
        }
        return result;
    }

    /** The dataset's checksums in its order, and those that did not come from the workers. */
    private record Assembly(List<FileFixity> ordered, List<FileFixity> notFromWorkers, int filesCached, long bytesCached) {}

    /** Takes each file's checksums from the workers, else from the cache, else hashes it now. */
    private Assembly assemble(Dataset dataset) throws IOException, DatasetException {
        List<FileFixity> ordered = new ArrayList<>(dataset.files().size());
        List<FileFixity> notFromWorkers = new ArrayList<>();
        FileHasher latecomers = null;
        int filesCached = 0;
        long bytesCached = 0;
        for (DatasetFile file : dataset.files()) {
            FileFixity known = results.get(file.path());
            if (known == null || known.file() != file && !known.file().equals(file)) {
                known = cache.lookup(file);
                if (known != null) {
                    filesCached++;
                    bytesCached += file.size();
                } else {
                    latecomers = latecomers == null ? new FileHasher(options.algorithms()) : latecomers;
                    known = latecomers.hash(file, bytesHashed);
                    filesHashed.incrementAndGet();
                }
                notFromWorkers.add(known);
            }
            ordered.add(known);
        }
        return new Assembly(ordered, notFromWorkers, filesCached, bytesCached);
    }

    /**
     * Writes the workers' cache lines and those of the other files. When a worker hashed something the result does
     * not hold (a file handed in that is not the dataset's, or another version of it), its lines cannot be used as
     * they are: then exactly the result's lines are written.
     */
    private void saveCache(Path root, Assembly assembly, List<ManifestStamp> stamps, long now) throws IOException {
        boolean allWorkersLinesBelong = results.size() == assembly.ordered().size() - assembly.notFromWorkers().size();
        List<FixityCacheWriter> lines = allWorkersLinesBelong ? new ArrayList<>(cacheLines) : new ArrayList<>();
        List<FileFixity> others = allWorkersLinesBelong ? assembly.notFromWorkers() : assembly.ordered();
        FixityCacheWriter more = new FixityCacheWriter(options.algorithms(), others.size());
        others.forEach(more::add);
        lines.add(more);
        FixityCache.save(options.cacheFile().orElseThrow(), root, options.algorithms(), now, stamps, lines);
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
    }

    private void awaitWorkers() throws IOException, DatasetException {
        try {
            for (Future<Void> worker : workers) {
                while (true) {
                    try {
                        worker.get(options.progressInterval().toNanos(), TimeUnit.NANOSECONDS);
                        break;
                    } catch (TimeoutException e) {
                        options.progress().progress(filesHashed.get(), filesQueued.get(), bytesHashed.get(),
                                bytesQueued.get(), Duration.ofNanos(System.nanoTime() - started));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while computing checksums");
        } catch (ExecutionException e) {
            throw WorkerFailure.rethrow(e, "a checksum worker");
        }
    }

    /** Stops the workers; after a failed scan this abandons the run. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
