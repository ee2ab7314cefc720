package org.datasetkit.core.fixity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to checksum.
 *
 * @param algorithms algorithms to compute in the one read of each file; the first is the primary
 * @param threads size of the hashing pool (at least 1)
 * @param cacheFile where the incremental cache lives, or empty for no cache
 * @param force hash every file even when the cache says it is unchanged
 * @param progress told how it is going
 * @param progressInterval how often to tell it
 * @param manifestDirectory where to keep the payload manifests ({@code manifest-<algorithm>.txt}) of the run current,
 *     or empty for none
 */
public record FixityOptions(List<DigestAlgorithm> algorithms, int threads, Optional<Path> cacheFile, boolean force,
        ProgressListener progress, Duration progressInterval, Optional<Path> manifestDirectory) {

    public FixityOptions {
        algorithms = List.copyOf(algorithms);
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("at least one checksum algorithm is needed");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("the thread count must be at least 1, not " + threads);
        }
        Objects.requireNonNull(cacheFile, "cacheFile");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(progressInterval, "progressInterval");
        Objects.requireNonNull(manifestDirectory, "manifestDirectory");
    }

    /** Options that keep no manifests. */
    public FixityOptions(List<DigestAlgorithm> algorithms, int threads, Optional<Path> cacheFile, boolean force,
            ProgressListener progress, Duration progressInterval) {
        this(algorithms, threads, cacheFile, force, progress, progressInterval, Optional.empty());
    }

    /** One algorithm, one thread per processor, no cache, no progress. */
    public static FixityOptions of(DigestAlgorithm... algorithms) {
        return new FixityOptions(List.of(algorithms), Runtime.getRuntime().availableProcessors(), Optional.empty(), false,
                ProgressListener.NONE, Duration.ofSeconds(5));
    }
}
