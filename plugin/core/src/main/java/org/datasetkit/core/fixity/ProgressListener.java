package org.datasetkit.core.fixity;

import java.time.Duration;

/** Told every few seconds how a long checksum run is going; never once per file. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (filesDone, filesTotal, bytesDone, bytesTotal, elapsed) -> {};

    void progress(long filesDone, long filesTotal, long bytesDone, long bytesTotal, Duration elapsed);
}
