package org.datasetkit.core.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.deposit.Credential;
import org.datasetkit.core.deposit.DepositRequest;
import org.datasetkit.core.deposit.Destination;
import org.datasetkit.core.deposit.RetryPolicy;

/**
 * Where and how to deposit the verified bundle.
 *
 * @param destination the service, and the record or collection there
 * @param credential the token or password for the service; may be empty for a dry run, which sends nothing. Its
 *     text never shows in {@link #toString()}
 * @param publish publish the record once every file is verified (Zenodo, Dataverse; DORIS publishes after its review)
 * @param reserveDoi reserve the record's DOI before the files are sent (Zenodo)
 * @param dryRun print the plan and send nothing
 * @param retry how often, and how patiently, to retry a failed request that may succeed later
 * @param progressEvery how often to print a progress line during long uploads
 */
public record DepositSettings(Destination destination, Optional<Credential> credential, boolean publish,
        boolean reserveDoi, boolean dryRun, RetryPolicy retry, Duration progressEvery) {

    public DepositSettings {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(retry, "retry");
        if (progressEvery.isNegative() || progressEvery.isZero()) {
            throw new IllegalArgumentException("the progress interval must be positive, not " + progressEvery);
        }
    }

    /** What the deposit of this bag, described by this datasheet, needs; its journal goes in the work folder. */
    DepositRequest request(Path bag, Datasheet sheet, Path workDirectory) {
        return new DepositRequest(destination, credential, publish, reserveDoi, dryRun, retry, progressEvery, bag, sheet,
                workDirectory);
    }
}
