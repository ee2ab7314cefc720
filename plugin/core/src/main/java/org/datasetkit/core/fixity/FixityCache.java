package org.datasetkit.core.fixity;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.output.AtomicFile;

/**
 * The incremental cache under {@code target/}: for every file its size, modification time, change time, identity and
 * checksums at the last run. An entry is reused only when all of these still match (the change time catches an edit
 * that kept the size and put the modification time back), and never for a file modified within two seconds of the
 * cache being written (its time stamp cannot tell a later change apart). The file ends with a checksum of everything
 * before it: a cache that is damaged anywhere (a flipped bit in a checksum still looks like a checksum), from another
 * tool version or for another dataset is ignored whole, with a warning.
 *
 * <p>The file is five header lines (format, dataset root, algorithms, when it was written, and the stamps of the
 * payload manifests written with it, see {@link PayloadManifests}), then one line per file: size, modification time
 * (ns), change time (ns, or {@code -}), identity, checksums (comma-separated, in the order of the algorithms line),
 * {@code C} or {@code -} for already-compressed content, and the path encoded as in a manifest, separated by tabs, in
 * no particular order; last, {@code sha256 <hex>}: the SHA-256 of every byte before that line.
 */
public final class FixityCache {

    static final String HEADER = "datasetkit-fixity-cache 4";
    private static final String SEAL = "sha256 ";
    private static final long RACY_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(2);

    /**
     * The entries by path, the algorithms of their checksums, the payload manifests as they were when the cache was
     * written, the time before which a recorded time stamp can be trusted, and a warning when the file had to be
     * ignored.
     */
    record Loaded(Map<String, FixityCacheEntry> entries, List<DigestAlgorithm> algorithms,
            List<ManifestStamp> manifests, long trustedBefore, Diagnostic warning) {

        static Loaded empty(Diagnostic warning) {
            return new Loaded(Map.of(), List.of(), List.of(), Long.MIN_VALUE, warning);
        }

        /** What the cache knows of {@code file}, if it is unchanged since then. */
        FileFixity lookup(DatasetFile file) {
            FixityCacheEntry e = entries.get(file.path());
            return e != null && e.describes(file) ? new FileFixity(file, algorithms, e.packedDigests(algorithms), e.compressed(),
                    e.changeTime()) : null;
        }

        /** Whether the cache knows {@code file} unchanged since it was written. */
        boolean knows(DatasetFile file) {
            FixityCacheEntry e = entries.get(file.path());
            return e != null && e.describes(file);
        }
    }

    private FixityCache() {}

    static Loaded load(Path cacheFile, Path datasetRoot, List<DigestAlgorithm> algorithms) {
        byte[] text;
        try {
            text = Files.readAllBytes(cacheFile);
        } catch (NoSuchFileException e) {
            return Loaded.empty(null);
        } catch (IOException | RuntimeException e) {
            return ignored(cacheFile, "cannot be read (" + e.getMessage() + ")");
        }
        byte[] header = (HEADER + "\n").getBytes(StandardCharsets.US_ASCII);
        if (text.length < header.length || !Arrays.equals(text, 0, header.length, header, 0, header.length)) {
            return ignored(cacheFile, "was not written by this version of datasetkit");
        }
        int sealAt = sealStart(text);
        if (sealAt < 0) {
            return ignored(cacheFile, "is damaged (its own checksum does not match its content)");
        }
        FixityCacheReader reader = new FixityCacheReader(text, header.length, sealAt);
        try {
            String root = value(reader.line(), "root");
            if (!datasetRoot.toString().equals(root)) {
                return ignored(cacheFile, "belongs to another dataset folder (" + root + ")");
            }
            if (!names(algorithms).equals(value(reader.line(), "algorithms"))) {
                return Loaded.empty(null); // other algorithms asked for: nothing to reuse, nothing wrong
            }
            long written = Long.parseLong(value(reader.line(), "written"));
            long trustedBefore = trustedBefore(written);
            List<ManifestStamp> manifests = manifests(value(reader.line(), "manifests"));
            return new Loaded(reader.entries(algorithms, trustedBefore, written), List.copyOf(algorithms), manifests,
                    trustedBefore, null);
        } catch (FixityCacheReader.Damaged | RuntimeException e) {
            return ignored(cacheFile, "is damaged");
        }
    }

    /** A time stamp recorded at {@code writtenNanos} is trusted when it is older than this. */
    static long trustedBefore(long writtenNanos) {
        return writtenNanos - RACY_WINDOW_NANOS;
    }

    /**
     * Writes the cache file: the header, with the stamps of the payload manifests written from these checksums, then
     * the lines the writers hold, in no particular order.
     */
    static void save(Path cacheFile, Path root, List<DigestAlgorithm> algorithms, long writtenNanos,
            List<ManifestStamp> manifests, List<FixityCacheWriter> lines) throws IOException {
        byte[] header = FixityCacheWriter.header(root, algorithms, writtenNanos, manifests);
        AtomicFile.write(cacheFile, out -> {
            MessageDigest sha = DigestAlgorithm.SHA256.newDigest();
            try (OutputStream sealed = new DigestOutputStream(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() {
                    // the seal still follows
                }
            }, sha)) {
                sealed.write(header);
                for (FixityCacheWriter part : lines) {
                    part.writeTo(sealed);
                }
            }
            out.write((SEAL + DigestAlgorithm.toHex(sha.digest()) + "\n").getBytes(StandardCharsets.US_ASCII));
        });
    }

    /** Where the seal line starts when it holds the SHA-256 of every byte before it; else -1. */
    private static int sealStart(byte[] text) {
        int length = SEAL.length() + 64 + 1;
        int start = text.length - length;
        if (start < 1 || text[text.length - 1] != '\n' || text[start - 1] != '\n'
                || !new String(text, start, SEAL.length(), StandardCharsets.US_ASCII).equals(SEAL)) {
            return -1;
        }
        MessageDigest sha = DigestAlgorithm.SHA256.newDigest();
        sha.update(text, 0, start);
        String expected = new String(text, start + SEAL.length(), 64, StandardCharsets.US_ASCII);
        return DigestAlgorithm.toHex(sha.digest()).equals(expected) ? start : -1;
    }

    static String names(List<DigestAlgorithm> algorithms) {
        return String.join(",", algorithms.stream().map(DigestAlgorithm::bagitName).toList());
    }

    /** The value of the manifests line: name, size, time and identity of each, all tab-separated. */
    private static List<ManifestStamp> manifests(String value) throws FixityCacheReader.Damaged {
        if (value.isEmpty()) {
            return List.of();
        }
        String[] fields = value.split("\t", -1);
        if (fields.length % 4 != 0) {
            throw new FixityCacheReader.Damaged();
        }
        List<ManifestStamp> stamps = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 4) {
            stamps.add(new ManifestStamp(fields[i], Long.parseLong(fields[i + 1]), Long.parseLong(fields[i + 2]),
                    fields[i + 3]));
        }
        return stamps;
    }

    private static String value(String line, String key) throws FixityCacheReader.Damaged {
        if (!line.startsWith(key + " ")) {
            throw new FixityCacheReader.Damaged();
        }
        return line.substring(key.length() + 1);
    }

    private static Loaded ignored(Path cacheFile, String why) {
        return Loaded.empty(Diagnostic.warning("fixity.cache-ignored", cacheFile.toString(),
                "the checksum cache " + why + "; every file is hashed again",
                "nothing to do: the cache is rewritten at the end of this run"));
    }
}
