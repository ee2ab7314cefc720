package org.datasetkit.core.copies;

import java.util.List;
import org.datasetkit.core.diag.Diagnostics;

/**
 * The copy check of a dataset.
 *
 * @param fingerprints the dataset's own fingerprints
 * @param overlaps one per other dataset compared with
 * @param duplicates pairs of files within the dataset that are copies of each other
 * @param diagnostics the findings
 */
public record CopiesResult(Fingerprints fingerprints, List<Overlap> overlaps, List<CopyCheck.Duplicate> duplicates,
        Diagnostics diagnostics) {

    public CopiesResult {
        overlaps = List.copyOf(overlaps);
        duplicates = List.copyOf(duplicates);
    }
}
