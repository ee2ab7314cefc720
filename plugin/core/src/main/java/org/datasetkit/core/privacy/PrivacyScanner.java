package org.datasetkit.core.privacy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.datasetkit.core.dataset.ContentSignature;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;

/**
 * The privacy gate: every payload file's kind is told from its first bytes by {@link ContentSignature}, the same
 * detector the checksum step uses, and the file goes to the {@link FileCheck} registered for that kind. The gate fails
 * closed: whatever goes wrong inside a check is one error on that file, never a pass and never the end of the scan.
 * Files are scanned in parallel on a pool owned by the call.
 */
public final class PrivacyScanner {

    private final FileChecks checks;

    public PrivacyScanner() {
        this(FileChecks.builtIn());
    }

    public PrivacyScanner(FileChecks checks) {
        this.checks = checks;
    }

    public PrivacyResult scan(Dataset dataset, PrivacyPolicy policy, int threads) throws IOException {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "datasetkit-privacy");
            t.setDaemon(true);
            return t;
        });
        try {
            PseudonymShapes shapes = new PseudonymShapes();
            List<Future<Scanned>> futures = new ArrayList<>();
            for (DatasetFile f : dataset.files()) {
                futures.add(pool.submit(() -> scanFile(f, policy, shapes)));
            }
            List<Diagnostic> all = new ArrayList<>();
            List<PrivacyResult.FileReport> reports = new ArrayList<>();
            Map<String, Integer> scanned = new TreeMap<>();
            Map<FileKind, Integer> kinds = new EnumMap<>(FileKind.class);
            List<ImageAttributes> images = new ArrayList<>();
            for (Future<Scanned> future : futures) {
                Scanned s = future.get();
                s.kind().ifPresent(k -> kinds.merge(k, 1, Integer::sum));
                s.image().ifPresent(images::add);
                if (s.check() != null) {
                    scanned.merge(s.check(), 1, Integer::sum);
                    reports.add(new PrivacyResult.FileReport(s.path(), s.check(), s.findings().size()));
                    all.addAll(s.findings());
                }
            }
            all = shapes.withHints(all, policy.declaresPseudonym());
            return new PrivacyResult(scanned, reports, Diagnostics.sorted(all), DeidentificationRules.EDITION,
                    Duration.ofNanos(System.nanoTime() - started), kinds, ImagingCounts.of(images));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while scanning for personal data");
        } catch (ExecutionException e) {
            throw new IllegalStateException("privacy scan failed", e.getCause()); // only an Error scanFile lets through
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What became of one file.
     *
     * @param kind what its content showed; empty when it could not even be opened
     * @param check the name of the check that read it, or null when no check reads its kind
     * @param image what the file says about its image, when a check read that
     */
    private record Scanned(String path, Optional<FileKind> kind, String check, List<Diagnostic> findings,
            Optional<ImageAttributes> image) {}

    private Scanned scanFile(DatasetFile f, PrivacyPolicy policy, PseudonymShapes shapes) {
        FileKind kind = null;
        FileCheck check = null;
        List<Diagnostic> findings = new ArrayList<>();
        Optional<ImageAttributes> image = Optional.empty();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(f.file()), 1 << 16)) {
            in.mark(ContentSignature.HEAD);
            byte[] head = in.readNBytes(ContentSignature.HEAD);
            in.reset();
            kind = ContentSignature.of(head, head.length, f.path()).kind();
            check = checks.forKind(kind).orElse(null);
            if (check != null) {
                image = check.checkAndDescribe(new CheckedFile(f, kind, in, shapes), policy, findings);
            }
        } catch (Exception | StackOverflowError e) {
            // Partial findings of a check that failed part-way are dropped: the one error says the file is unchecked.
            String name = check != null ? check.name() : "unreadable";
            return new Scanned(f.path(), Optional.ofNullable(kind), name, List.of(unreadable(f.path(), check, e)),
                    Optional.empty());
        }
        return new Scanned(f.path(), Optional.of(kind), check == null ? null : check.name(), findings, image);
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
