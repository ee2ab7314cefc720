package org.datasetkit.core.fixity;

import java.time.Duration;

/**
 * What a checksum run did.
 *
 * @param hashedFiles files read and hashed
 * @param hashedBytes bytes read
 * @param cachedFiles files whose checksums came from the cache (unchanged since the last run)
 * @param cachedBytes their bytes
 * @param elapsed wall-clock time of the run
 */
public record FixityStats(long hashedFiles, long hashedBytes, long cachedFiles, long cachedBytes, Duration elapsed) {

    /** Hashing throughput in MB/s (10^6 bytes), 0 when nothing was hashed. */
    public double megabytesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return hashedBytes == 0 || seconds <= 0 ? 0 : hashedBytes / 1e6 / seconds;
    }
}
