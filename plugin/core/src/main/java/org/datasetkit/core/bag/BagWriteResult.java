package org.datasetkit.core.bag;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A written bag archive.
 *
 * @param archive the archive at its final path
 * @param payloadFiles payload files written
 * @param payloadBytes their bytes (each read once)
 * @param archiveBytes size of the archive
 * @param elapsed wall-clock time
 * @param kept the archive was already what this build would write, and was left as it was
 */
public record BagWriteResult(Path archive, long payloadFiles, long payloadBytes, long archiveBytes, Duration elapsed,
        boolean kept) {

    /** A bag written now. */
    public BagWriteResult(Path archive, long payloadFiles, long payloadBytes, long archiveBytes, Duration elapsed) {
        this(archive, payloadFiles, payloadBytes, archiveBytes, elapsed, false);
    }
}
