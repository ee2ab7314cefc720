package org.datasetkit.core.fixity;

import java.util.List;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.diag.Diagnostics;

/**
 * The checksums of every payload file of a dataset, in the dataset's order, and how they were obtained.
 *
 * @param dataset the scanned dataset the checksums belong to
 * @param algorithms the algorithms computed, first one the primary
 * @param files one entry per payload file, same order as {@code dataset.files()}
 * @param stats what the run did
 * @param warnings findings of the run (an ignored cache, for instance)
 */
public record FixityResult(Dataset dataset, List<DigestAlgorithm> algorithms, List<FileFixity> files, FixityStats stats,
        Diagnostics warnings) {

    public FixityResult {
        algorithms = List.copyOf(algorithms);
        files = List.copyOf(files);
    }
}
