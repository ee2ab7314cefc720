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
 */
public record BagWriteResult(Path archive, long payloadFiles, long payloadBytes, long archiveBytes, Duration elapsed) {}
