package org.datasetkit.core.privacy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diag.Severity;

/**
 * The privacy gate: every payload file is recognised by its first bytes, not its name — DICOM (header read up to
 * the pixel data), PNG and JPEG (metadata only), CSV/TSV (every cell) — and checked against what the datasheet
 * declares about personal data. Files are scanned in parallel on a pool owned by the call.
 */
public final class PrivacyScanner {

    private final DeidentificationRules table = new DeidentificationRules();
    private final DicomRules dicomRules = new DicomRules(table);
    private final TextChecks text = new TextChecks();

    public PrivacyResult scan(Dataset dataset, PrivacyPolicy policy, int threads) throws IOException {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "datasetkit-privacy");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Scanned>> futures = new ArrayList<>();
            for (DatasetFile f : dataset.files()) {
                futures.add(pool.submit(() -> scanFile(f, policy)));
            }
            List<Diagnostic> all = new ArrayList<>();
            List<PrivacyResult.FileReport> reports = new ArrayList<>();
            Map<String, Integer> scanned = new TreeMap<>();
            for (Future<Scanned> future : futures) {
                Scanned s = future.get();
                if (s.kind() != null) {
                    scanned.merge(s.kind(), 1, Integer::sum);
                    reports.add(new PrivacyResult.FileReport(s.path(), s.kind(), s.findings().size()));
                    all.addAll(s.findings());
                }
            }
            return new PrivacyResult(scanned, reports, Diagnostics.sorted(all), DeidentificationRules.EDITION,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while scanning for personal data");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException("privacy scan failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private record Scanned(String path, String kind, List<Diagnostic> findings) {}

    private Scanned scanFile(DatasetFile f, PrivacyPolicy policy) {
        String path = f.path();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(f.file()), 1 << 16)) {
            in.mark(256);
            byte[] head = in.readNBytes(132);
            in.reset();
            String lower = path.toLowerCase(Locale.ROOT);
            if (head.length == 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M') {
                try {
                    return new Scanned(path, "dicom", dicomRules.check(new DicomReader().read(in), path, policy));
                } catch (DicomFormatException e) {
                    return new Scanned(path, "dicom", List.of(unreadable(path, e.getMessage())));
                }
            }
            if (lower.endsWith(".dcm") || lower.endsWith(".dicom")) {
                return new Scanned(path, "dicom", List.of(unreadable(path, "no 'DICM' at byte 128: not a DICOM Part 10 file")));
            }
            if (head.length >= 4 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
                return new Scanned(path, "png", ImageMetadata.png(in, path, policy, text));
            }
            if (head.length >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
                return new Scanned(path, "jpeg", ImageMetadata.jpeg(in, path, policy, text));
            }
            if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
                return new Scanned(path, "table", TableScan.scan(in, path, TableScan.separator(path), policy, text));
            }
            return new Scanned(path, null, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gate fails closed: a file it cannot read is a finding, never a pass. */
    private static Diagnostic unreadable(String path, String why) {
        return new Diagnostic(Severity.ERROR, "privacy.unreadable-dicom", path, 0, 0, "",
                "cannot be read as DICOM (" + why + "), so it cannot be shown to be free of identifiers",
                "re-export it as a standard DICOM Part 10 file, or exclude it");
    }
}
