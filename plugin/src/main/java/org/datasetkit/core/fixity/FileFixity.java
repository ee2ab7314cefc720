package org.datasetkit.core.fixity;

import java.util.Map;
import org.datasetkit.core.dataset.DatasetFile;

/** The checksums of one payload file, in lower-case hex, by algorithm. */
public record FileFixity(DatasetFile file, Map<DigestAlgorithm, String> digests) {

    public FileFixity {
        digests = Map.copyOf(digests);
    }

    public String digest(DigestAlgorithm algorithm) {
        return digests.get(algorithm);
    }
}
