package org.datasetkit.core.fixity;

import java.util.Map;
import org.datasetkit.core.dataset.DatasetFile;

/**
 * The checksums of one payload file, in lower-case hex, by algorithm, and what its first bytes showed.
 *
 * @param compressed the content is already compressed (an image format, an archive, compressed DICOM), seen in the
 *     same read that computed the checksums
 * @param changeTime the file's change time (ctime, ns) while it was read, or {@link Long#MIN_VALUE} where unknown
 */
public record FileFixity(DatasetFile file, Map<DigestAlgorithm, String> digests, boolean compressed, long changeTime) {

    public FileFixity {
        digests = Map.copyOf(digests);
    }

    /** Checksums whose file's change time is not known. */
    public FileFixity(DatasetFile file, Map<DigestAlgorithm, String> digests, boolean compressed) {
        this(file, digests, compressed, ChangeTime.UNKNOWN);
    }

    public String digest(DigestAlgorithm algorithm) {
        return digests.get(algorithm);
    }
}
