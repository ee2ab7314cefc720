package org.datasetkit.core.copies;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
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

    /** The cache's fingerprints, or none when there is no cache or it cannot be trusted whole. */
    static Known read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Known.NONE;
        }
        List<FileFingerprint> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(in.readLine())) {
                return Known.NONE;
            }
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    return Known.NONE;
                }
                out.add(entry(f));
            }
        } catch (IOException | RuntimeException e) { // a damaged cache costs time, not correctness
            return Known.NONE;
        }
        return new Known(out);
    }

    /**
     * Writes one line per distinct fingerprint, sorted, streamed: the lines of a million files as one text (and its
     * copies as a String and as bytes) were the largest thing the copy check held.
     */
    static void write(Path file, Collection<FileFingerprint> fingerprints) throws IOException {
        FileFingerprint[] sorted = fingerprints.toArray(FileFingerprint[]::new);
        Arrays.sort(sorted, FileFingerprint::compareContent);
        AtomicFile.writeIfChanged(file, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            out.append(HEADER).append('\n');
            for (int from = 0, to; from < sorted.length; from = to) {
                to = from + 1;
                while (to < sorted.length && sorted[to].sameContent(sorted[from])) {
                    to++;
                }
                // the lines start with the checksum: within one checksum, sorted by the rest, without repeats
                for (String l : to == from + 1 ? List.of(line(sorted[from]))
                        : new TreeSet<>(Arrays.stream(sorted, from, to).map(FingerprintCache::line).toList())) {
                    out.append(l).append('\n');
                }
            }
            out.flush();
        });
    }

    /**
     * Cached fingerprints sorted by content, looked up by binary search: a hash map of a million cached files cost a
     * node, a table slot and a hex key per file.
     */
    static final class Known {

        static final Known NONE = new Known(List.of());

        private final SameContent byContent;

        Known(List<FileFingerprint> files) {
            byContent = new SameContent(files);
        }

        /** The fingerprint of the content with this SHA-256 (hex), or null; the cache's last line for it wins. */
        FileFingerprint get(String sha256) {
            return byContent.last(FileFingerprint.checksumOnly("", sha256));
        }

        int size() {
            return byContent.size();
        }
    }

    /** A cached fingerprint, known by content only: the path and size are the file's that has it now. */
    private static FileFingerprint entry(String[] f) {
        OptionalLong phash = f[3].equals("-") ? OptionalLong.empty()
                : OptionalLong.of(Long.parseUnsignedLong(f[3], 16));
        List<String> rows = f[5].equals("-") ? List.of() : List.of(f[5].split(","));
        return new FileFingerprint("", -1, f[0], f[1].intern(), optional(f[2]), phash,
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
