package org.datasetkit.core.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.datasetkit.core.dataset.PayloadGlobs;
import org.datasetkit.core.dataset.SymlinkPolicy;

/**
 * Where the dataset is and what of it is payload. Checked when made: the exclude patterns compile, and the outputs
 * do not land in the payload (they would be bundled as data on the next run, or the folder they share with data
 * would be left out of the bundle).
 *
 * @param root the dataset folder (read only, never written to)
 * @param datasheet the datasheet file, or empty for datasheet.yaml, then datasheet.json, in the root
 * @param outputRoot where outputs go: the bundle, and reports under {@code dataset/}; outside the root, or in a folder
 *     of it that is never payload (the front end's own build folder, {@code target/}, or an excluded one)
 * @param excludes glob patterns, relative to the root, of files that are not payload
 * @param ownFiles the front end's own files at the top of the root (its build file, its settings and IDE folders),
 *     as names or globs: never payload
 * @param symlinks what to do with links that stay inside the root
 * @param expectedVersion the version the datasheet must declare (the build's), or empty when there is no build file
 */
public record DatasetLocation(Path root, Optional<Path> datasheet, Path outputRoot, List<String> excludes,
        List<String> ownFiles, SymlinkPolicy symlinks, Optional<String> expectedVersion) {

    /** The parameter-free words for the output folder, used in messages: front ends name their own parameter. */
    static final String OUTPUT = "the output folder";

    public DatasetLocation {
        root = root.toAbsolutePath().normalize();
        Objects.requireNonNull(datasheet, "datasheet");
        outputRoot = outputRoot.toAbsolutePath().normalize();
        excludes = List.copyOf(excludes);
        ownFiles = List.copyOf(ownFiles);
        Objects.requireNonNull(symlinks, "symlinks");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        new PayloadGlobs(excludes); // a bad pattern is refused now, not after the walk started
        OutputPlacement placement = new OutputPlacement(root, excludes, ownFiles);
        String conflict = placement.conflict(outputRoot, outputRoot, false);
        if (conflict == null) {
            conflict = placement.conflict(outputRoot.resolve("dataset"), outputRoot, true);
        }
        if (conflict != null) {
            throw new IllegalArgumentException(conflict);
        }
    }

    /** Reports and intermediate files: {@code <output>/dataset/}. */
    public Path workDirectory() {
        return outputRoot.resolve("dataset");
    }

    /**
     * Why writing {@code written} would put it among the payload, with links resolved (an output folder that is a
     * link into the dataset); empty when it may be written. Run before the first file is written.
     *
     * @param replaced whether {@code written} is written as a whole, so that it may not hold the dataset either
     */
    Optional<String> outputConflict(Path written, boolean replaced) throws IOException {
        Path realRoot = root.toRealPath();
        Path real = realOfNearestExisting(written.toAbsolutePath().normalize());
        return Optional.ofNullable(new OutputPlacement(realRoot, excludes, ownFiles).conflict(real, written, replaced));
    }

    /** The real path of {@code p}: its nearest existing ancestor's real path, with the rest appended. */
    private static Path realOfNearestExisting(Path p) throws IOException {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        return existing.toRealPath().resolve(existing.relativize(p)).normalize();
    }

    /** Where outputs may go in relation to a dataset folder: outside it, or in a folder of it that is never payload. */
    private record OutputPlacement(Path root, List<String> excludes, List<String> ownFiles) {

        /**
         * Why {@code path} may not be written, or null.
         *
         * @param shown the path as the user gave it
         * @param replaced whether {@code path} is written as a whole (a folder of reports, a bag folder), so that it may
         *     not hold the dataset either
         */
        String conflict(Path path, Path shown, boolean replaced) {
            String outside = "choose a folder outside the dataset, or its build folder (target/)";
            String what = OUTPUT + " " + shown + (path.equals(shown) ? "" : " (its " + path.getFileName() + "/)");
            if (path.equals(root) || replaced && root.startsWith(path)) {
                return what + (path.equals(root) ? " is" : " holds") + " the dataset folder " + root
                        + ": the build would write among the data and bundle its own outputs on the next run; " + outside;
            }
            if (!path.startsWith(root)) {
                return null;
            }
            String rel = root.relativize(path).toString().replace('\\', '/');
            String top = rel.split("/")[0];
            if (new PayloadGlobs(ownFiles).matchesFolder(top) || new PayloadGlobs(excludes).coversPath(rel)) {
                return null;
            }
            return what + " lies inside the dataset folder " + root + ", in " + top + "/, which is"
                    + " payload: its files would be left out of the bundle, and the bundle and cache taken as data on"
                    + " the next run; " + outside + ", or exclude " + top + "/** if it holds no data";
        }
    }
}
