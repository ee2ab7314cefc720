package org.datasetkit.core.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.datasetkit.core.dataset.SymlinkPolicy;

/**
 * Where the dataset is and what of it is payload.
 *
 * @param root the dataset folder (read only, never written to)
 * @param datasheet the datasheet file, or empty for datasheet.yaml, then datasheet.json, in the root
 * @param outputRoot where outputs go: the bundle, and reports under {@code dataset/}
 * @param excludes glob patterns, relative to the root, of files that are not payload
 * @param ownFiles the front end's own files at the top of the root (its build file, its settings and IDE folders),
 *     as names or globs: never payload
 * @param symlinks what to do with links that stay inside the root
 * @param expectedVersion the version the datasheet must declare (the build's), or empty when there is no build file
 */
public record DatasetLocation(Path root, Optional<Path> datasheet, Path outputRoot, List<String> excludes,
        List<String> ownFiles, SymlinkPolicy symlinks, Optional<String> expectedVersion) {

    public DatasetLocation {
        root = root.toAbsolutePath().normalize();
        Objects.requireNonNull(datasheet, "datasheet");
        outputRoot = outputRoot.toAbsolutePath().normalize();
        excludes = List.copyOf(excludes);
        ownFiles = List.copyOf(ownFiles);
        Objects.requireNonNull(symlinks, "symlinks");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }

    /** Reports and intermediate files: {@code <output>/dataset/}. */
    public Path workDirectory() {
        return outputRoot.resolve("dataset");
    }
}
