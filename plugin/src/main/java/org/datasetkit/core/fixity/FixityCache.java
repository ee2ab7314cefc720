package org.datasetkit.core.fixity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.output.AtomicFile;

/**
 * The incremental cache under {@code target/}: for every file its size, modification time, identity and
 * checksums at the last run. An entry is reused only when all of these still match, and never for a file modified
 * within two seconds of the cache being written (its time stamp cannot tell a later change apart).
 * A cache that is damaged, from another tool version or for another dataset is ignored with a warning.
 *
 * <p>The file is four header lines, then one line per file: size, modification time (ns), identity, checksums
 * (comma-separated, in the order of the algorithms line), {@code C} or {@code -} for already-compressed content, and
 * the path encoded as in a manifest, separated by tabs, in no particular order.
 */
public final class FixityCache {

    static final String HEADER = "datasetkit-fixity-cache 2";
    private static final long RACY_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** The entries by path, the algorithms of their checksums, and a warning when the file had to be ignored. */
    record Loaded(Map<String, FixityCacheEntry> entries, List<DigestAlgorithm> algorithms, Diagnostic warning) {

        static Loaded empty(Diagnostic warning) {
            return new Loaded(Map.of(), List.of(), warning);
        }

        /** What the cache knows of {@code file}, if it is unchanged since then. */
        FileFixity lookup(DatasetFile file) {
            FixityCacheEntry e = entries.get(file.path());
            return e != null && e.describes(file) ? new FileFixity(file, e.digests(algorithms), e.compressed()) : null;
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
        FixityCacheReader reader = new FixityCacheReader(text, header.length);
        try {
            String root = value(reader.line(), "root");
            if (!datasetRoot.toString().equals(root)) {
                return ignored(cacheFile, "belongs to another dataset folder (" + root + ")");
            }
            if (!names(algorithms).equals(value(reader.line(), "algorithms"))) {
                return Loaded.empty(null); // other algorithms asked for: nothing to reuse, nothing wrong
            }
            long trustedBefore = Long.parseLong(value(reader.line(), "written")) - RACY_WINDOW_NANOS;
            return new Loaded(reader.entries(algorithms, trustedBefore), List.copyOf(algorithms), null);
        } catch (FixityCacheReader.Damaged | RuntimeException e) {
            return ignored(cacheFile, "is damaged");
        }
    }

    /** Writes the cache file: the header, then the lines the writers hold, in no particular order. */
    static void save(Path cacheFile, Path root, List<DigestAlgorithm> algorithms, long writtenNanos,
            List<FixityCacheWriter> lines) throws IOException {
        byte[] header = FixityCacheWriter.header(root, algorithms, writtenNanos);
        AtomicFile.write(cacheFile, out -> {
            out.write(header);
            for (FixityCacheWriter part : lines) {
                part.writeTo(out);
            }
        });
    }

    static String names(List<DigestAlgorithm> algorithms) {
        return String.join(",", algorithms.stream().map(DigestAlgorithm::bagitName).toList());
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
