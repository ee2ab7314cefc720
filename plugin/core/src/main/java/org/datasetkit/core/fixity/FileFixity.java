package org.datasetkit.core.fixity;

import java.util.Map;
import org.datasetkit.core.dataset.DatasetFile;

/**
 * The checksums of one payload file, in lower-case hex, by algorithm, and what its first bytes showed.
 *
 * @param compressed the content is already compressed (an image format, an archive, compressed DICOM), seen in the
 *     same read that computed the checksums
 */
public record FileFixity(DatasetFile file, Map<DigestAlgorithm, String> digests, boolean compressed) {

    public FileFixity {
        digests = Map.copyOf(digests);
    }

    public String digest(DigestAlgorithm algorithm) {
        return digests.get(algorithm);
    }
}
