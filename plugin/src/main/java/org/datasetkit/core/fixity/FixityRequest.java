package org.datasetkit.core.fixity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.datasetkit.core.dataset.Dataset;

/**
 * What to checksum and how.
 *
 * @param dataset the scanned dataset
 * @param algorithms algorithms to compute in the one read of each file; the first is the primary
 * @param threads size of the hashing pool (at least 1)
 * @param cacheFile where the incremental cache lives, or empty for no cache
 * @param force hash every file even when the cache says it is unchanged
 * @param progress told how it is going
 * @param progressInterval how often to tell it
 */
public record FixityRequest(Dataset dataset, List<DigestAlgorithm> algorithms, int threads, Optional<Path> cacheFile,
        boolean force, ProgressListener progress, Duration progressInterval) {

    public FixityRequest {
        Objects.requireNonNull(dataset, "dataset");
        algorithms = List.copyOf(algorithms);
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("at least one checksum algorithm is needed");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("dataset.threads must be at least 1, not " + threads);
        }
        Objects.requireNonNull(cacheFile, "cacheFile");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(progressInterval, "progressInterval");
    }

    public static FixityRequest of(Dataset dataset, DigestAlgorithm algorithm) {
        return new FixityRequest(dataset, List.of(algorithm), Runtime.getRuntime().availableProcessors(),
                Optional.empty(), false, ProgressListener.NONE, Duration.ofSeconds(5));
    }
}
