package org.datasetkit.core.build;

import java.util.List;
import java.util.Objects;
import org.datasetkit.core.copies.ArtifactResolver;
import org.datasetkit.core.copies.CopyCheck;

/**
 * What the copy check compares the dataset with.
 *
 * @param knownDatasets other datasets' fingerprints, to find copies nobody declared: each a folder (one dataset per
 *     file or bundle in it), a file or bundle (absolute paths), or {@code artifact:} coordinates
 * @param threshold Hamming distance (bits of 64) up to which two images are near duplicates
 * @param artifacts how the front end finds the bundles that {@code artifact:} coordinates name
 */
public record CopySettings(List<String> knownDatasets, int threshold, ArtifactResolver artifacts) {

    public CopySettings {
        knownDatasets = List.copyOf(knownDatasets);
        if (threshold < 0 || threshold > 32) {
            throw new IllegalArgumentException("the near-duplicate threshold must be 0 to 32 bits, not " + threshold);
        }
        Objects.requireNonNull(artifacts, "artifacts");
    }

    /** Known datasets and a threshold, with no repository to resolve {@code artifact:} coordinates from. */
    public CopySettings(List<String> knownDatasets, int threshold) {
        this(knownDatasets, threshold, ArtifactResolver.NONE);
    }

    public static CopySettings defaults() {
        return new CopySettings(List.of(), CopyCheck.DEFAULT_THRESHOLD);
    }

    /**
     * What the check's result depends on. Not the resolver: within a build it gives the same file for the same
     * coordinates, and each goal's front end makes its own, which must not make the goals check again.
     */
    Object key() {
        return List.of(knownDatasets, threshold);
    }
}
