package org.datasetkit.core.copies;

import java.time.Duration;
import java.util.List;
import org.datasetkit.core.diag.Diagnostics;

/**
 * The fingerprints of a dataset's payload, in the dataset's order, and what computing them cost.
 *
 * @param files one per payload file
 * @param read files read (decoded) in this run
 * @param cached files whose fingerprint came from the cache, unread
 * @param elapsed wall time
 * @param warnings files known by their checksum alone because their content could not be read
 */
public record Fingerprints(List<FileFingerprint> files, int read, int cached, Duration elapsed, Diagnostics warnings) {

    public Fingerprints {
        files = List.copyOf(files);
    }
}
