package org.datasetkit.core.deposit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.datasetkit.core.datasheet.Datasheet;

/**
 * One deposit of a verified bag.
 *
 * @param bag the verified bag: a folder, or a zip or tar.gz archive
 * @param sheet the datasheet the record's metadata is made from
 * @param workDirectory where the deposit journal is kept ({@code target/dataset/})
 */
public record DepositRequest(Destination destination, Optional<Credential> credential, boolean publish,
        boolean reserveDoi, boolean dryRun, RetryPolicy retry, Duration progressEvery, Path bag, Datasheet sheet,
        Path workDirectory) {

    public DepositRequest {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(bag, "bag");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(workDirectory, "workDirectory");
    }

    public DepositTarget target() {
        return destination.target();
    }
}
