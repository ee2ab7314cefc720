package org.datasetkit.core.fixity;

import java.io.IOException;
import java.nio.file.Path;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.diag.DatasetException;

/**
 * Computes the checksums of every payload file: each file read once for all algorithms, files spread over a
 * bounded pool owned by the call, large files first (so one big file does not run alone at the end),
 * unchanged files taken from the incremental cache. Memory stays constant in the size of the data: one buffer per
 * thread.
 */
public final class Checksummer {

    /** Checksums an already scanned dataset. */
    public FixityResult compute(Dataset dataset, FixityOptions options) throws IOException, DatasetException {
        try (FixityPipeline pipeline = start(dataset.root(), options)) {
            for (DatasetFile file : dataset.files()) {
                pipeline.accept(file);
            }
            return pipeline.finish(dataset);
        }
    }

    /**
     * Starts hashing workers that take files while a scan is still finding them (pass the pipeline to the scan as its
     * file listener, then {@link FixityPipeline#finish} with the scanned dataset). Close it in every case.
     */
    public FixityPipeline start(Path datasetRoot, FixityOptions options) {
        return new FixityPipeline(datasetRoot.toAbsolutePath().normalize(), options);
    }
}
