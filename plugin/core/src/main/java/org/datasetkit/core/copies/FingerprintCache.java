package org.datasetkit.core.copies;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.datasetkit.core.output.AtomicFile;

/**
 * The fingerprints of earlier runs, keyed by the file's SHA-256: content that was fingerprinted once is never
 * decoded again, whatever its name or time stamp. A cache of another recipe, or one that cannot be read, is ignored
 * (everything is computed again), never trusted in part.
 */
final class FingerprintCache {

    /** Names both recipes: a cache whose pixel hashes were taken in another layout must not be mixed in. */
    static final String HEADER = "# datasetkit fingerprint cache " + PerceptualHash.RECIPE + " " + Sha256.PIXELS;

    private FingerprintCache() {}

    static Map<String, FileFingerprint> read(Path file) {
        Map<String, FileFingerprint> out = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(in.readLine())) {
                return out;
            }
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    return new HashMap<>();
                }
                out.put(f[0], entry(f));
            }
        } catch (IOException | RuntimeException e) { // a damaged cache costs time, not correctness
            return new HashMap<>();
        }
        return out;
    }

    static void write(Path file, Collection<FileFingerprint> fingerprints) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        fingerprints.stream().map(FingerprintCache::line).distinct().sorted().forEach(l -> out.append(l).append('\n'));
        Files.createDirectories(file.getParent());
        AtomicFile.writeIfChanged(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A cached fingerprint, known by content only: the path and size are the file's that has it now. */
    private static FileFingerprint entry(String[] f) {
        OptionalLong phash = f[3].equals("-") ? OptionalLong.empty()
                : OptionalLong.of(Long.parseUnsignedLong(f[3], 16));
        List<String> rows = f[5].equals("-") ? List.of() : List.of(f[5].split(","));
        return new FileFingerprint("", -1, f[0], f[1], optional(f[2]), phash,
                optional(f[4]).map(FingerprintCache::uids), rows);
    }

    private static String line(FileFingerprint f) {
        return String.join("\t", f.sha256(), f.kind(), f.pixels().orElse("-"),
                f.phash().isPresent() ? FingerprintFile.hex(f.phash().getAsLong()) : "-",
                f.uids().map(u -> u.sop() + "," + u.series() + "," + u.study()).orElse("-"),
                f.rows().isEmpty() ? "-" : String.join(",", f.rows()));
    }

    private static Optional<String> optional(String field) {
        return field.equals("-") ? Optional.empty() : Optional.of(field);
    }

    private static FileFingerprint.DicomUids uids(String field) {
        String[] u = Arrays.copyOf(field.split(",", -1), 3);
        return new FileFingerprint.DicomUids(u[0], u[1], u[2]);
    }
}
