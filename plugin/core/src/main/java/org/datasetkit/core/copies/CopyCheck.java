package org.datasetkit.core.copies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a dataset's fingerprints with another dataset's, file by file, at the strongest level that matches:
 * identical bytes, then the same pixels (or DICOM instance, or table row), then a perceptual hash within the
 * threshold (looked up in a {@link HammingIndex}, not against every file).
 */
public final class CopyCheck {

    /** Distances up to this count as near duplicates: calibrated on generated images (see PerceptualHashTest). */
    public static final int DEFAULT_THRESHOLD = 8;
    private static final int EXAMPLES = 3;

    private final int threshold;

    public CopyCheck(int threshold) {
        if (threshold < 0 || threshold > 32) {
            throw new IllegalArgumentException("the Hamming threshold must be 0 to 32 bits, not " + threshold);
        }
        this.threshold = threshold;
    }

    public Overlap compare(List<FileFingerprint> ours, Reference theirs, boolean declared) {
        Lookup their = new Lookup(theirs.files());
        int identical = 0;
        int same = 0;
        int near = 0;
        List<String> examples = new ArrayList<>();
        for (FileFingerprint f : ours) {
            String match;
            if ((match = their.path(their.bySha.first(f))) != null) {
                identical++;
                example(examples, f.path() + " = " + match + " (identical)");
            } else if ((match = f.pixels().map(their.byPixels::get).orElse(null)) != null
                    || (match = f.uids().map(u -> their.byUid.get(u.sop())).orElse(null)) != null) {
                same++;
                example(examples, f.path() + " = " + match + " (same pixels or DICOM instance)");
            } else if (f.rows().stream().anyMatch(their.rows::contains)) {
                same++;
                example(examples, f.path() + " shares table rows");
            } else if (f.phash().isPresent()) {
                int[] best = their.nearest(f.phash().getAsLong(), threshold);
                if (best[0] >= 0) {
                    near++;
                    example(examples, f.path() + " ~ " + their.hashed.get(best[0]).path() + " (" + best[1]
                            + " bits apart)");
                }
            }
        }
        return new Overlap(theirs.name(), declared, ours.size(), identical, same, near, examples);
    }

    /** Another dataset's fingerprints, indexed by each level of match: the first file with each value wins. */
    private static final class Lookup {
        final SameContent bySha;
        final Map<String, String> byPixels = new HashMap<>();
        final Map<String, String> byUid = new HashMap<>();
        final Set<String> rows = new HashSet<>();
        final List<FileFingerprint> hashed = new ArrayList<>();
        final HammingIndex index;

        Lookup(List<FileFingerprint> files) {
            bySha = new SameContent(files);
            for (FileFingerprint f : files) {
                f.pixels().ifPresent(p -> byPixels.putIfAbsent(p, f.path()));
                f.uids().filter(u -> !u.sop().isEmpty()).ifPresent(u -> byUid.putIfAbsent(u.sop(), f.path()));
                rows.addAll(f.rows());
                if (f.phash().isPresent()) {
                    hashed.add(f);
                }
            }
            index = new HammingIndex(hashed.stream().mapToLong(f -> f.phash().getAsLong()).toArray());
        }

        String path(FileFingerprint f) {
            return f == null ? null : f.path();
        }

        /** {index in hashed, distance} of the closest hash within the threshold, or {-1, 65}. */
        int[] nearest(long q, int threshold) {
            int[] best = {-1, 65};
            index.near(q, threshold, i -> {
                int d = PerceptualHash.distance(q, hashed.get(i).phash().getAsLong());
                if (d < best[1]) {
                    best[0] = i;
                    best[1] = d;
                }
            });
            return best;
        }
    }

    /** Pairs of files within the dataset that are copies of each other: same bytes, same pixels, or near. */
    public List<Duplicate> duplicates(List<FileFingerprint> ours) {
        List<Duplicate> out = new ArrayList<>();
        int[] firstBySha = SameContent.firstOfEach(ours);
        Map<String, Integer> firstByPixels = new HashMap<>(); // images only
        for (int i = 0; i < ours.size(); i++) {
            FileFingerprint f = ours.get(i);
            if (firstBySha[i] != i) {
                out.add(new Duplicate(ours.get(firstBySha[i]).path(), f.path(), "identical"));
                continue;
            }
            Integer samePixels = f.pixels().isPresent() ? firstByPixels.putIfAbsent(f.pixels().get(), i) : null;
            if (samePixels != null) {
                out.add(new Duplicate(ours.get(samePixels).path(), f.path(), "same pixels"));
            }
        }
        nearDuplicates(ours, out);
        return out;
    }

    private void nearDuplicates(List<FileFingerprint> ours, List<Duplicate> out) {
        List<FileFingerprint> hashed = ours.stream().filter(f -> f.phash().isPresent()).toList();
        HammingIndex index = new HammingIndex(hashed.stream().mapToLong(f -> f.phash().getAsLong()).toArray());
        Set<String> already = new HashSet<>();
        out.forEach(d -> already.add(d.first() + "\0" + d.second()));
        for (int i = 0; i < hashed.size(); i++) {
            final int self = i;
            long q = hashed.get(i).phash().getAsLong();
            index.near(q, threshold, j -> {
                if (j > self) {
                    FileFingerprint a = hashed.get(self);
                    FileFingerprint b = hashed.get(j);
                    if (!already.contains(a.path() + "\0" + b.path()) && !a.sameContent(b)
                            && !a.pixels().equals(b.pixels())) {
                        out.add(new Duplicate(a.path(), b.path(),
                                PerceptualHash.distance(q, b.phash().getAsLong()) + " bits apart"));
                    }
                }
            });
        }
    }

    private static void example(List<String> examples, String line) {
        if (examples.size() < EXAMPLES) {
            examples.add(line);
        }
    }

    /** Two files of the dataset that are copies of each other, and how. */
    public record Duplicate(String first, String second, String how) {}
}
