package org.datasetkit.core.privacy;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.datasetkit.core.dataset.ContentSignature;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.fixity.ChangeTime;
import org.datasetkit.core.output.AtomicFile;

/**
 * The privacy gate: every payload file's kind is told from its first bytes by {@link ContentSignature}, the same
 * detector the checksum step uses, and the file goes to the {@link FileCheck} registered for that kind. The gate fails
 * closed: whatever goes wrong inside a check is one error on that file, never a pass and never the end of the scan.
 * Files are read in parallel, in batches on a pool owned by the call, with a bounded number of batches in flight;
 * their outcomes are summed up in dataset order as they come and then forgotten. With a {@link PrivacyCache}, a file
 * the cache knows unchanged under the same policy is not read: its outcome comes from the cache.
 */
public final class PrivacyScanner {

    /** Batches waiting or running, per thread: enough to keep every thread busy, few enough to hold little. */
    private static final int IN_FLIGHT_PER_THREAD = 4;
    private static final int MAX_BATCH = 64;

    private final FileChecks checks;

    public PrivacyScanner() {
        this(FileChecks.builtIn());
    }

    public PrivacyScanner(FileChecks checks) {
        this.checks = checks;
    }

    /** Reads every file, keeps nothing. */
    public PrivacyResult scan(Dataset dataset, PrivacyPolicy policy, int threads) throws IOException {
        return scan(dataset, policy, PrivacyScanOptions.uncached(threads));
    }

    /**
     * Scans the payload; with a cache file, reuses what it knows of unchanged files and rewrites it (atomically) with
     * what this scan found.
     */
    public PrivacyResult scan(Dataset dataset, PrivacyPolicy policy, PrivacyScanOptions options) throws IOException {
        long started = System.nanoTime();
        Optional<String> fingerprint = options.cacheFile().isEmpty() ? Optional.empty()
                : PolicyFingerprint.of(policy, checks, options.version());
        if (fingerprint.isEmpty()) {
            return run(dataset, policy, options.threads(), PrivacyCache.Opened.nothing(), null, started);
        }
        Path file = options.cacheFile().get();
        Instant now = Instant.now(); // before any file is read: a change after it moves the file's times past it
        long startedWall = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        PrivacyCache.Opened old = options.force() ? PrivacyCache.Opened.nothing()
                : PrivacyCache.open(file, dataset.root(), fingerprint.get());
        AtomicReference<PrivacyResult> result = new AtomicReference<>();
        try {
            AtomicFile.writeFile(file, tmp -> {
                try (OutputStream out = new BufferedOutputStream(AtomicFile.openTemporary(tmp), 1 << 16)) {
                    PrivacyCache.Writer writer = new PrivacyCache.Writer(out,
                            PrivacyCache.header(dataset.root(), fingerprint.get(), startedWall));
                    result.set(run(dataset, policy, options.threads(), old, writer, started));
                    writer.seal();
                }
            });
        } finally {
            if (old.reader().isPresent()) {
                old.reader().get().close();
            }
        }
        return result.get();
    }

    /** Reads the files in batches; sums their outcomes up in dataset order, each written to {@code writer} if any. */
    private PrivacyResult run(Dataset dataset, PrivacyPolicy policy, int threads, PrivacyCache.Opened old,
            PrivacyCache.Writer writer, long started) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "datasetkit-privacy");
            t.setDaemon(true);
            return t;
        });
        List<DatasetFile> files = dataset.files();
        ScanTotals totals = new ScanTotals(dataset);
        long cacheStarted = old.reader().map(PrivacyCacheReader::started).orElse(Long.MIN_VALUE);
        int batch = Math.max(1, Math.min(MAX_BATCH, files.size() / (threads * IN_FLIGHT_PER_THREAD * 2)));
        Deque<Future<FileOutcome[]>> inFlight = new ArrayDeque<>();
        try {
            int done = 0;
            for (int from = 0; from < files.size(); from += batch) {
                int first = from;
                byte[][] known = known(old, files, from, Math.min(files.size(), from + batch));
                inFlight.add(pool.submit(() -> readBatch(files, first, known, policy, cacheStarted, writer != null)));
                if (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
                    done = sumUp(inFlight.poll().get(), done, totals, writer);
                }
            }
            while (!inFlight.isEmpty()) {
                done = sumUp(inFlight.poll().get(), done, totals, writer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while scanning for personal data");
        } catch (ExecutionException e) {
            throw new IllegalStateException("privacy scan failed", e.getCause()); // only an Error readFile lets through
        } finally {
            pool.shutdownNow();
        }
        Optional<Diagnostic> warning = old.warning().or(() -> old.reader().flatMap(PrivacyCacheReader::warning));
        return totals.result(policy, Duration.ofNanos(System.nanoTime() - started), warning);
    }

    /** The cache's lines for files {@code from} to {@code to}, where it has them. */
    private static byte[][] known(PrivacyCache.Opened old, List<DatasetFile> files, int from, int to) {
        byte[][] known = new byte[to - from][];
        if (old.reader().isPresent()) {
            for (int i = from; i < to; i++) {
                known[i - from] = old.reader().get().take(files.get(i).path());
            }
        }
        return known;
    }

    private static int sumUp(FileOutcome[] outcomes, int first, ScanTotals totals, PrivacyCache.Writer writer)
            throws IOException {
        int index = first;
        for (FileOutcome o : outcomes) {
            totals.add(index++, o);
            if (writer != null && o.entry() != null) {
                writer.add(o.entry());
            }
        }
        return index;
    }

    private FileOutcome[] readBatch(List<DatasetFile> files, int first, byte[][] known, PrivacyPolicy policy,
            long cacheStarted, boolean keep) {
        FileOutcome[] out = new FileOutcome[known.length];
        for (int k = 0; k < known.length; k++) {
            DatasetFile f = files.get(first + k);
            FileOutcome cached = known[k] == null ? null : reuse(known[k], f, cacheStarted);
            out[k] = cached != null ? cached : readFile(f, policy, keep);
        }
        return out;
    }

    /** The cached outcome of {@code f} if it is still true of it; else null, and the file is read. */
    private static FileOutcome reuse(byte[] entry, DatasetFile f, long cacheStarted) {
        try {
            FileOutcome o = PrivacyCacheEntry.decode(entry, f, cacheStarted);
            return o == null ? null : o.withEntry(entry, true);
        } catch (CacheText.Damaged | RuntimeException e) {
            return null; // an entry this version cannot read: reading the file is always right
        }
    }

    /**
     * Reads one file. With {@code keep}, its change time is taken first (a change while it is read then shows next
     * time) and its outcome rendered for the cache, unless it could not be read for a reason that may pass.
     */
    private FileOutcome readFile(DatasetFile f, PrivacyPolicy policy, boolean keep) {
        long changed = ChangeTime.UNKNOWN;
        boolean stable = keep;
        if (keep) {
            try {
                changed = ChangeTime.of(f.file());
            } catch (IOException e) {
                stable = false;
            }
        }
        FileKind kind = null;
        FileCheck check = null;
        List<Diagnostic> findings = new ArrayList<>();
        Optional<ImageAttributes> image = Optional.empty();
        PseudonymShapes shapes = new PseudonymShapes();
        FileOutcome o;
        try (InputStream raw = Files.newInputStream(f.file())) {
            // The head alone tells the kind; most files are of a kind no check reads, and need nothing more.
            byte[] head = raw.readNBytes(ContentSignature.HEAD);
            kind = ContentSignature.of(head, head.length, f.path()).kind();
            check = checks.forKind(kind).orElse(null);
            if (check != null) {
                InputStream in = new BufferedInputStream(new SequenceInputStream(new ByteArrayInputStream(head), raw), 1 << 16);
                image = check.checkAndDescribe(new CheckedFile(f, kind, in, shapes), policy, findings);
            }
            List<FileOutcome.Finding> noted = new ArrayList<>(findings.size());
            for (Diagnostic d : findings) {
                noted.add(new FileOutcome.Finding(d, shapes.unmatchedShape(d)));
            }
            o = new FileOutcome(Optional.of(kind), Optional.ofNullable(check).map(FileCheck::name), noted, image,
                    shapes.matchedShapes(), null, false);
        } catch (Exception | StackOverflowError e) {
            // Partial findings of a check that failed part-way are dropped: the one error says the file is unchecked.
            String name = check != null ? check.name() : "unreadable";
            o = new FileOutcome(Optional.ofNullable(kind), Optional.of(name),
                    List.of(new FileOutcome.Finding(unreadable(f.path(), check, e), Optional.empty())), Optional.empty(),
                    shapes.matchedShapes(), null, false);
            stable &= e instanceof FileDefect; // what the content is, kept; a disk error or a fault, tried again
        }
        return stable ? o.withEntry(PrivacyCacheEntry.encode(f, changed, o), false) : o;
    }

    /** The gate fails closed: a file it cannot read is a finding, never a pass. */
    static Diagnostic unreadable(String path, FileCheck check, Throwable e) {
        boolean defect = e instanceof FileDefect;
        String what = check == null ? "the privacy gate cannot read " + path : "the " + check.name() + " check cannot read " + path;
        String hint = defect ? "repair or re-export the file with a standard tool, or exclude it from the dataset"
                : e instanceof IOException ? "make the file readable by the build, or exclude it from the dataset"
                : "this is a fault in the check rather than in the data: report it with the file, and exclude the file"
                        + " from the dataset until it is fixed";
        return Diagnostic.error("privacy.unreadable", path,
                what + ": " + inWords(e) + "; so it cannot be shown to be free of identifiers", hint);
    }

    private static String inWords(Throwable e) {
        String detail = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
        if (e instanceof FileDefect) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "it no longer exists";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof IOException) {
            return "reading it failed" + detail;
        }
        if (e instanceof StackOverflowError) {
            return "the check ran out of stack on its content (a pattern or structure nested too deeply)";
        }
        return "the check failed with " + e.getClass().getSimpleName() + detail;
    }
}
