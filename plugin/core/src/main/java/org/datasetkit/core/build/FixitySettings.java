package org.datasetkit.core.build;

import java.util.List;
import org.datasetkit.core.fixity.DigestAlgorithm;

/**
 * How to checksum.
 *
 * @param algorithms the algorithms computed in the one read of each file, the first the primary
 * @param force hash every file again and write the bundle again, ignoring what earlier builds kept
 */
public record FixitySettings(List<DigestAlgorithm> algorithms, boolean force) {

    public FixitySettings {
        algorithms = List.copyOf(algorithms);
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("name at least one checksum algorithm, such as sha256");
        }
    }

    public static FixitySettings defaults() {
        return new FixitySettings(List.of(DigestAlgorithm.SHA256), false);
    }
}
