package org.datasetkit.core.build;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.datasetkit.core.copies.CopyCheck;

/**
 * What the copy check compares the dataset with.
 *
 * @param knownDatasets a folder of other datasets' fingerprints, to find copies nobody declared
 * @param threshold Hamming distance (bits of 64) up to which two images are near duplicates
 * @param artifacts the files the front end resolved each {@code artifact:} coordinate of a source's fingerprints to
 */
public record CopySettings(Optional<Path> knownDatasets, int threshold, Map<String, Path> artifacts) {

    public CopySettings {
        Objects.requireNonNull(knownDatasets, "knownDatasets");
        if (threshold < 0 || threshold > 32) {
            throw new IllegalArgumentException("the near-duplicate threshold must be 0 to 32 bits, not " + threshold);
        }
        artifacts = Map.copyOf(artifacts);
    }

    public static CopySettings defaults() {
        return new CopySettings(Optional.empty(), CopyCheck.DEFAULT_THRESHOLD, Map.of());
    }
}
