package org.datasetkit.core.copies;

import java.util.List;

/**
 * How much of the dataset another dataset already holds.
 *
 * @param source the other dataset's name
 * @param declared whether the datasheet declares it under provenance.sources
 * @param payloadFiles this dataset's payload files
 * @param identical files with the same bytes there
 * @param samePixels files with other bytes but the same decoded pixels (or the same DICOM SOP Instance UID, or a
 *     shared table row)
 * @param near images within the Hamming threshold of one there
 * @param examples a few matches, "ours = theirs (how)"
 */
public record Overlap(String source, boolean declared, int payloadFiles, int identical, int samePixels, int near,
        List<String> examples) {

    public Overlap {
        examples = List.copyOf(examples);
    }

    public int files() {
        return identical + samePixels + near;
    }

    /** The share of this dataset's files found there, 0 to 1. */
    public double share() {
        return payloadFiles == 0 ? 0 : (double) files() / payloadFiles;
    }
}
