package org.datasetkit.core.build;

import java.time.Instant;
import java.util.Optional;
import org.datasetkit.core.bag.OutputTimestamp;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.diag.Vocabulary;

/** The fixed time of every bundle entry: what the datasheet check promises and the bundle stage uses. */
final class EntryTime {

    private EntryTime() {}

    /**
     * The front end's output timestamp, else SOURCE_DATE_EPOCH, else the datasheet's datePublished.
     *
     * @return the time, or empty when none of them is set
     * @throws IllegalArgumentException for a value that is set but wrong, naming it
     */
    static Optional<Instant> of(BuildSettings settings, Datasheet sheet) {
        BundleSettings b = settings.bundle();
        return OutputTimestamp.choose(b.outputTimestamp().orElse(null),
                settings.words().setting(Vocabulary.Setting.OUTPUT_TIMESTAMP), b.sourceDateEpoch().orElse(null),
                sheet.datePublished());
    }
}
