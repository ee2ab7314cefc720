package org.datasetkit.core.datasheet;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.datasetkit.core.diag.Vocabulary;

/**
 * What to validate.
 *
 * @param datasetRoot the dataset folder; referenced paths are resolved against it
 * @param datasheet the datasheet file, or empty to look for datasheet.yaml, then datasheet.json, in the root
 * @param expectedVersion the project version the datasheet's {@code version} must equal, or empty outside a project
 * @param words how the front end names its settings and commands, for the hints
 */
public record ValidationRequest(Path datasetRoot, Optional<Path> datasheet, Optional<String> expectedVersion,
        Vocabulary words) {

    public ValidationRequest {
        Objects.requireNonNull(datasetRoot, "datasetRoot");
        Objects.requireNonNull(datasheet, "datasheet");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(words, "words");
    }

    /** A request whose hints use plain words. */
    public ValidationRequest(Path datasetRoot, Optional<Path> datasheet, Optional<String> expectedVersion) {
        this(datasetRoot, datasheet, expectedVersion, Vocabulary.NEUTRAL);
    }
}
