package org.datasetkit.core.build;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.datasetkit.core.diff.DiffOptions;

/**
 * What to compare this release with, and how.
 *
 * @param previous the previous release's bundle (a .zip or a bag folder), as the front end found it; empty for a first
 *     release, or when the user turned the comparison off
 * @param previousName how the user knows it ("1.0.0 from the Maven repositories"), for the log
 * @param options the version rule and the tables' key and label columns
 */
public record DiffSettings(Optional<Path> previous, String previousName, DiffOptions options) {

    public DiffSettings {
        previous = previous.map(p -> p.toAbsolutePath().normalize());
        Objects.requireNonNull(previousName, "previousName");
        Objects.requireNonNull(options, "options");
    }

    /** Nothing to compare with. */
    public static DiffSettings none() {
        return new DiffSettings(Optional.empty(), "", DiffOptions.defaults());
    }
}
