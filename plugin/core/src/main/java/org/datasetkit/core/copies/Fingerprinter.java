package org.datasetkit.core.copies;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.datasetkit.core.dataset.ContentSignature;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FileFixity;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.privacy.DicomFormatException;

/**
 * Fingerprints every payload file from the checksums' result: a file whose SHA-256 the cache knows is not read at
 * all; otherwise images and DICOM are decoded, tables read, and anything else is known by its SHA-256 alone.
 */
public final class Fingerprinter {

    /** Files submitted at once: enough to keep every thread busy, few enough to hold. */
    private static final int BATCH = 4096;

    /**
     * @param cacheFile where fingerprints are kept between runs, or empty for none
     * @param threads decoding threads, owned by the call
     */
    public Fingerprints compute(FixityResult fixity, Optional<Path> cacheFile, int threads) throws IOException {
        long start = System.nanoTime();
        FingerprintCache.Known cache = cacheFile.map(FingerprintCache::read).orElse(FingerprintCache.Known.NONE);
        List<FileFingerprint> out = new ArrayList<>(fixity.files().size());
        List<Diagnostic> warnings = new ArrayList<>();
        int decoded = computeAll(fixity.files(), cache, threads, out, warnings);
        if (cacheFile.isPresent()) {
            FingerprintCache.write(cacheFile.get(), out);
        }
        return new Fingerprints(out, decoded, out.size() - decoded, Duration.ofNanos(System.nanoTime() - start),
                Diagnostics.sorted(warnings));
    }

    /**
     * Each file's fingerprint, in the payload's order, into {@code out}: from the cache where it knows the content,
     * else computed. Submitted a batch at a time, so that a million files never wait as a million tasks and results
     * at once. Answers how many files were read.
     */
    private int computeAll(List<FileFixity> files, FingerprintCache.Known cache, int threads,
            List<FileFingerprint> out, List<Diagnostic> warnings) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            int read = 0;
            for (int from = 0; from < files.size(); from += BATCH) {
                List<Future<Computed>> pending = new ArrayList<>(BATCH);
                for (FileFixity f : files.subList(from, Math.min(files.size(), from + BATCH))) {
                    String sha = f.digest(DigestAlgorithm.SHA256);
                    FileFingerprint known = sha == null ? null : cache.get(sha);
                    pending.add(known != null
                            ? CompletableFuture.completedFuture(
                                    new Computed(known.at(f.file().path(), f.file().size()), null, false))
                            : pool.submit(() -> fingerprint(f.file(), sha)));
                }
                for (Future<Computed> p : pending) {
                    Computed c = p.get();
                    out.add(c.fingerprint());
                    read += c.read() ? 1 : 0;
                    if (c.problem() != null) {
                        warnings.add(c.problem());
                    }
                }
            }
            return read;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fingerprinting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // out of heap on a decoding thread: the stage's guard names the stage and the setting
            }
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private record Computed(FileFingerprint fingerprint, Diagnostic problem, boolean read) {}

    private Computed fingerprint(DatasetFile file, String knownSha) throws IOException {
        String sha = knownSha != null ? knownSha : sha256Of(file.file());
        FileKind kind = kindOf(file);
        FileFingerprint bare = new FileFingerprint(file.path(), file.size(), sha, kind.label(), Optional.empty(),
                OptionalLong.empty(), Optional.empty(), List.of());
        try {
            return new Computed(switch (kind) {
                case PNG, JPEG, GIF, TIFF -> image(bare, ImageIO.read(file.file().toFile()));
                case DICOM -> dicom(bare, file.file());
                case CSV, TSV -> table(bare, file.file(), kind == FileKind.TSV ? '\t' : ',');
                default -> bare;
            }, null, true);
        } catch (IOException | DicomFormatException | RuntimeException e) {
            // the privacy gate judges unreadable files; here the file is still known by its checksum
            return new Computed(bare, Diagnostic.warning("copies.not-decoded", file.path(), "only the checksum is"
                    + " compared: the " + kind.label() + " content could not be read (" + e.getMessage() + ")",
                    "check that the file opens in an image viewer; re-export it if not"), true);
        }
    }

    private static FileFingerprint image(FileFingerprint bare, BufferedImage decoded) throws IOException {
        if (decoded == null) {
            throw new IOException("no image reader for it");
        }
        return withImage(bare, GreyImage.of(decoded));
    }

    private static FileFingerprint withImage(FileFingerprint bare, GreyImage grey) {
        return new FileFingerprint(bare.path(), bare.size(), bare.sha256(), bare.kind(),
                Optional.of(Sha256.pixels(grey)), new PerceptualHash().hash(grey), bare.uids(), List.of());
    }

    private static FileFingerprint dicom(FileFingerprint bare, Path file) throws IOException, DicomFormatException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DicomImage.Read read = DicomImage.read(in);
            FileFingerprint.DicomUids uids = new FileFingerprint.DicomUids(
                    hashed(DicomImage.uid(read.header(), DicomImage.SOP_INSTANCE_UID)),
                    hashed(DicomImage.uid(read.header(), DicomImage.SERIES_INSTANCE_UID)),
                    hashed(DicomImage.uid(read.header(), DicomImage.STUDY_INSTANCE_UID)));
            FileFingerprint withUids = new FileFingerprint(bare.path(), bare.size(), bare.sha256(), bare.kind(),
                    Optional.empty(), OptionalLong.empty(), Optional.of(uids), List.of());
            return read.image().map(g -> withImage(withUids, g)).orElse(withUids);
        }
    }

    private static String hashed(Optional<String> uid) {
        return uid.map(Sha256::hex).orElse("");
    }

    private static FileFingerprint table(FileFingerprint bare, Path file, char separator) throws IOException {
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new FileFingerprint(bare.path(), bare.size(), bare.sha256(), bare.kind(), Optional.empty(),
                    OptionalLong.empty(), Optional.empty(), TableRows.hashes(in, separator));
        }
    }

    private static FileKind kindOf(DatasetFile file) throws IOException {
        try (InputStream in = Files.newInputStream(file.file())) {
            byte[] head = in.readNBytes(ContentSignature.HEAD);
            return ContentSignature.of(head, head.length, file.path()).kind();
        }
    }

    private static String sha256Of(Path file) throws IOException {
        var md = Sha256.digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return java.util.HexFormat.of().formatHex(md.digest());
    }
}
