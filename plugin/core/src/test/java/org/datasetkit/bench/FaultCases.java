package org.datasetkit.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.datasetkit.core.bag.BagInfo;
import org.datasetkit.core.bag.BagRequest;
import org.datasetkit.core.bag.BagVerifier;
import org.datasetkit.core.bag.Compression;
import org.datasetkit.core.bag.RawZip;
import org.datasetkit.core.bag.VerificationResult;
import org.datasetkit.core.bag.ZipBagWriter;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.fixity.Checksummer;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FixityOptions;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.fixity.ProgressListener;

/**
 * One case of the fault-injection suite, run in its own JVM by {@link FaultSuite} (so it can be killed, and its time
 * and peak memory are its own). Prints what happened on its last line, {@code HELD: ...} or {@code BROKEN: ...}.
 *
 * <p>Usage: {@code FaultCases <case> <workdir>}.
 */
public final class FaultCases {

    static final String DECLARATION = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

    private FaultCases() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[1]);
        String outcome;
        try {
            outcome = run(args[0], work);
        } catch (DatasetException e) {
            outcome = "BROKEN: unexpected user error " + e.diagnostics().all().get(0).format();
        }
        System.out.println(outcome);
        System.exit(outcome.startsWith("HELD") ? 0 : 1);
    }

    private static String run(String name, Path work) throws Exception {
        return switch (name) {
            case "dataset" -> dataset(work);
            case "checksum" -> "HELD: " + checksum(work, false).files().size() + " files checksummed";
            case "checksum-cold" -> "HELD: " + checksum(work, "target", true).files().size() + " files hashed";
            case "checksum-rerun" -> checksumRerun(work);
            case "bundle" -> "HELD: bundle written to " + bundle(work);
            case "bundle-rerun" -> bundleRerun(work);
            case "edit-between-runs" -> editBetweenRuns(work);
            case "edit-before-bundle" -> editBeforeBundle(work);
            case "edit-during-checksum" -> editDuring(work, false);
            case "edit-during-bundle" -> editDuring(work, true);
            case "disk-full" -> diskFull(work);
            default -> HostileBags.run(name, work);
        };
    }

    /** The dataset the kill and edit cases work on: 600 files of 4–512 KiB and four of 24 MiB, about 250 MB. */
    static String dataset(Path work) throws IOException {
        Path data = work.resolve("dataset");
        SplittableRandom random = new SplittableRandom(2026);
        byte[] buffer = new byte[24 << 20];
        for (int i = 0; i < 604; i++) {
            int size = i < 600 ? 4096 + random.nextInt(508 << 10) : buffer.length;
            random.nextBytes(buffer);
            Path file = data.resolve(String.format("data/p%02d/f%04d.bin", i % 20, i));
            Files.createDirectories(file.getParent());
            Files.write(file, java.util.Arrays.copyOf(buffer, size));
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(600)));
        }
        return "HELD: dataset written";
    }

    /** A run with the build's cache and manifests in target/, or a fresh one in reference/ to compare with. */
    static FixityResult checksum(Path work, boolean fresh) throws Exception {
        return checksum(work, fresh ? "reference" : "target", fresh);
    }

    /** Every file hashed when {@code force}; the cache and the manifests written in {@code dir} either way. */
    static FixityResult checksum(Path work, String dir, boolean force) throws Exception {
        Path cacheDir = work.resolve(dir);
        Files.createDirectories(cacheDir);
        FixityOptions options = new FixityOptions(List.of(DigestAlgorithm.SHA256), 2,
                Optional.of(cacheDir.resolve("fixity-cache.tsv")), force, ProgressListener.NONE, Duration.ofSeconds(5),
                Optional.of(cacheDir));
        return new Checksummer().compute(new DatasetScanner().scan(ScanRequest.of(work.resolve("dataset"))), options);
    }

    /** After a kill at any point: the next run is complete and its manifest is exactly a fresh run's. */
    private static String checksumRerun(Path work) throws Exception {
        FixityResult again = checksum(work, false);
        FixityResult fresh = checksum(work, true);
        byte[] manifest = Files.readAllBytes(work.resolve("target/manifest-sha256.txt"));
        byte[] reference = Files.readAllBytes(work.resolve("reference/manifest-sha256.txt"));
        String warned = again.warnings().all().isEmpty() ? "" : ", cache ignored with a warning";
        return java.util.Arrays.equals(manifest, reference) && again.files().equals(fresh.files())
                ? "HELD: re-run complete and correct (" + again.stats().cachedFiles() + " files from the cache" + warned + ")"
                : "BROKEN: re-run's manifest differs from a fresh run's";
    }

    static Path bundle(Path work) throws Exception {
        FixityResult fixity = checksum(work, false);
        Path target = work.resolve("target/bundle.zip");
        BagInfo info = new BagInfo(List.of(new BagInfo.Field("Bagging-Date", "2026-05-01")));
        new ZipBagWriter(2).write(new BagRequest("bundle", target, fixity, List.of(), info, List.of(),
                Instant.parse("2026-05-01T00:00:00Z"), Compression.AUTO));
        return target;
    }

    /** After a kill: at the final path nothing or a valid archive; the next run leaves no leftovers and a valid one. */
    private static String bundleRerun(Path work) throws Exception {
        Path target = work.resolve("target/bundle.zip");
        String before = Files.exists(target) ? (new BagVerifier().verify(target).isValid() ? "a valid archive" : "INVALID") : "nothing";
        long leftoversBefore = leftovers(work);
        bundle(work);
        VerificationResult result = new BagVerifier().verify(target);
        long leftoversAfter = leftovers(work);
        String what = "after the kill " + before + " at the final path and " + leftoversBefore + " leftovers; re-run "
                + (result.isValid() ? "valid" : "INVALID") + ", " + leftoversAfter + " leftovers";
        return !before.equals("INVALID") && result.isValid() && leftoversAfter == 0 ? "HELD: " + what : "BROKEN: " + what;
    }

    private static long leftovers(Path work) throws IOException {
        try (Stream<Path> files = Files.list(work.resolve("target"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).count();
        }
    }

    /** Same size, modification time put back, between two checksum runs: the second sees it. */
    private static String editBetweenRuns(Path work) throws Exception {
        checksum(work, false);
        Path file = work.resolve("dataset/data/p03/f0003.bin");
        String before = digestOf(checksum(work, false), "data/p03/f0003.bin");
        flipFirstByteKeepingTime(file);
        Thread.sleep(50);
        String after = digestOf(checksum(work, false), "data/p03/f0003.bin");
        String actual = DigestAlgorithm.toHex(DigestAlgorithm.SHA256.newDigest().digest(Files.readAllBytes(file)));
        return !after.equals(before) && after.equals(actual) ? "HELD: the edit was hashed again" : "BROKEN: stale checksum kept";
    }

    /** Same size, time put back, after the checksums and before the bundle: the bundle fails naming the file. */
    private static String editBeforeBundle(Path work) throws Exception {
        FixityResult fixity = checksum(work, false);
        flipFirstByteKeepingTime(work.resolve("dataset/data/p04/f0004.bin"));
        Path target = work.resolve("target/edited.zip");
        BagInfo info = new BagInfo(List.of(new BagInfo.Field("Bagging-Date", "2026-05-01")));
        try {
            new ZipBagWriter(2).write(new BagRequest("edited", target, fixity, List.of(), info, List.of(),
                    Instant.parse("2026-05-01T00:00:00Z"), Compression.AUTO));
            return "BROKEN: a bundle was written with content its manifest does not describe";
        } catch (DatasetException e) {
            Diagnostic d = e.diagnostics().all().get(0);
            return !Files.exists(target) ? "HELD: " + d.code() + " on " + d.file() + ", nothing at the final path" : "BROKEN: archive left";
        }
    }

    /** A file rewritten over and over (same size, time put back) while a stage reads it: an error naming it. */
    private static String editDuring(Path work, boolean bundle) throws Exception {
        Path big = work.resolve("dataset/data/p00/f0600.bin");
        FixityResult fixity = bundle ? checksum(work, false) : null;
        Thread editor = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    flipFirstByteKeepingTime(big);
                }
            } catch (IOException e) {
                // stopped
            }
        });
        editor.start();
        try {
            if (bundle) {
                BagInfo info = new BagInfo(List.of(new BagInfo.Field("Bagging-Date", "2026-05-01")));
                new ZipBagWriter(2).write(new BagRequest("during", work.resolve("target/during.zip"), fixity, List.of(),
                        info, List.of(), Instant.parse("2026-05-01T00:00:00Z"), Compression.AUTO));
            } else {
                checksum(work, true);
            }
            return "BROKEN: the stage finished as if the file had not changed";
        } catch (DatasetException e) {
            Diagnostic d = e.diagnostics().all().get(0);
            return d.file().endsWith("f0600.bin") ? "HELD: " + d.code() + " on " + d.file() : "BROKEN: " + d.format();
        } finally {
            editor.interrupt();
            editor.join();
        }
    }

    private static void flipFirstByteKeepingTime(Path file) throws IOException {
        FileTime time = Files.getLastModifiedTime(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            int b = raf.read();
            raf.seek(0);
            raf.write(b ^ 1);
        }
        Files.setLastModifiedTime(file, time);
    }

    private static String digestOf(FixityResult result, String path) {
        return result.files().stream().filter(f -> f.file().path().equals(path)).findFirst().orElseThrow()
                .digest(DigestAlgorithm.SHA256);
    }

    /** The bundle written to a small full file system: a clear error naming the output, nothing left there. */
    private static String diskFull(Path work) throws Exception {
        Path small = work.resolve("small-disk");
        FixityResult fixity = checksum(work, false);
        Path target = small.resolve("bundle.zip");
        BagInfo info = new BagInfo(List.of(new BagInfo.Field("Bagging-Date", "2026-05-01")));
        try {
            new ZipBagWriter(2).write(new BagRequest("bundle", target, fixity, List.of(), info, List.of(),
                    Instant.parse("2026-05-01T00:00:00Z"), Compression.STORED));
            return "BROKEN: a 250 MB bundle fitted on a 20 MB disk?";
        } catch (IOException e) {
            long left;
            try (Stream<Path> files = Files.list(small)) {
                left = files.count();
            }
            String message = e.getMessage();
            return message.contains(target.toString()) && message.contains("No space left") && left == 0
                    ? "HELD: \"" + message + "\"; nothing left on the disk" : "BROKEN: " + message + " (" + left + " files left)";
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
