package org.datasetkit.core.fixity;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
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
 */
public final class FixityCache {

    static final String HEADER = "datasetkit-fixity-cache 2";
    private static final long RACY_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** A cached entry. */
    record Entry(long size, long lastModified, String identity, Map<DigestAlgorithm, String> digests, boolean compressed) {}

    /** The entries, and a warning when the file had to be ignored. */
    record Loaded(Map<String, Entry> entries, Diagnostic warning) {}

    private FixityCache() {}

    static Loaded load(Path cacheFile, Path datasetRoot, List<DigestAlgorithm> algorithms) {
        Map<String, Entry> entries = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(cacheFile, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(in.readLine())) {
                return ignored(cacheFile, "was not written by this version of datasetkit");
            }
            String root = value(in.readLine(), "root");
            if (!datasetRoot.toString().equals(root)) {
                return ignored(cacheFile, "belongs to another dataset folder (" + root + ")");
            }
            if (!names(algorithms).equals(value(in.readLine(), "algorithms"))) {
                return new Loaded(Map.of(), null); // other algorithms asked for: nothing to reuse, nothing wrong
            }
            long written = Long.parseLong(value(in.readLine(), "written"));
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", 6);
                if (f.length != 6) {
                    return ignored(cacheFile, "is damaged");
                }
                long lastModified = Long.parseLong(f[1]);
                if (lastModified >= written - RACY_WINDOW_NANOS) {
                    continue;
                }
                String[] hex = f[3].split(",", -1);
                if (hex.length != algorithms.size()) {
                    return ignored(cacheFile, "is damaged");
                }
                Map<DigestAlgorithm, String> digests = new EnumMap<>(DigestAlgorithm.class);
                for (int i = 0; i < hex.length; i++) {
                    if (!isLowerHex(hex[i], algorithms.get(i))) {
                        return ignored(cacheFile, "is damaged");
                    }
                    digests.put(algorithms.get(i), hex[i]);
                }
                entries.put(ManifestPath.decode(f[5]), new Entry(Long.parseLong(f[0]), lastModified, f[2], digests,
                        "C".equals(f[4])));
            }
            return new Loaded(entries, null);
        } catch (NoSuchFileException e) {
            return new Loaded(Map.of(), null);
        } catch (IOException | RuntimeException e) {
            return ignored(cacheFile, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** What the cache knows of {@code file}, if it is unchanged since then. */
    static FileFixity lookup(Map<String, Entry> entries, DatasetFile file) {
        Entry e = entries.get(file.path());
        if (e == null || e.size() != file.size() || e.lastModified() != file.lastModified()
                || !e.identity().equals(file.identity())) {
            return null;
        }
        return new FileFixity(file, e.digests(), e.compressed());
    }

    static void save(Path cacheFile, FixityResult result, long writtenNanos) throws IOException {
        List<DigestAlgorithm> algorithms = result.algorithms();
        StringBuilder text = new StringBuilder(result.files().size() * (48 + 65 * algorithms.size()));
        text.append(HEADER).append('\n')
                .append("root ").append(result.dataset().root()).append('\n')
                .append("algorithms ").append(names(algorithms)).append('\n')
                .append("written ").append(writtenNanos).append('\n');
        for (FileFixity f : result.files()) {
            DatasetFile file = f.file();
            text.append(file.size()).append('\t').append(file.lastModified()).append('\t')
                    .append(file.identity().replace('\t', ' ')).append('\t');
            for (int i = 0; i < algorithms.size(); i++) {
                text.append(i == 0 ? "" : ",").append(f.digest(algorithms.get(i)));
            }
            text.append('\t').append(f.compressed() ? 'C' : '-');
            text.append('\t').append(ManifestPath.encode(file.path())).append('\n');
        }
        AtomicFile.write(cacheFile, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isLowerHex(String hex, DigestAlgorithm algorithm) {
        if (hex.length() != algorithm.hexLength()) {
            return false;
        }
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static String names(List<DigestAlgorithm> algorithms) {
        return String.join(",", algorithms.stream().map(DigestAlgorithm::bagitName).toList());
    }

    private static String value(String line, String key) throws IOException {
        if (line == null || !line.startsWith(key + " ")) {
            throw new IOException("expected '" + key + "'");
        }
        return line.substring(key.length() + 1);
    }

    private static Loaded ignored(Path cacheFile, String why) {
        return new Loaded(Map.of(), Diagnostic.warning("fixity.cache-ignored", cacheFile.toString(),
                "the checksum cache " + why + "; every file is hashed again",
                "nothing to do: the cache is rewritten at the end of this run"));
    }
}
