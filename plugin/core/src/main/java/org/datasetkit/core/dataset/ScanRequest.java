package org.datasetkit.core.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.datasetkit.core.diag.Vocabulary;

/**
 * What to scan.
 *
 * @param root the dataset root
 * @param excludes glob patterns (relative to the root, {@code /}-separated) of files to leave out of the payload
 * @param excludedDirectories directories to leave out wherever they are, such as the build's output directory
 * @param symlinks what to do with links that stay inside the root
 * @param ownFiles the build tool's own files at the top of the root ({@code pom.xml}, {@code .mvn}, IDE folders), as
 *     names or globs; the front end names them, since each tool has its own
 * @param words how the front end names the settings the hints mention
 */
public record ScanRequest(Path root, List<String> excludes, List<Path> excludedDirectories, SymlinkPolicy symlinks,
        List<String> ownFiles, Vocabulary words) {

    public ScanRequest {
        Objects.requireNonNull(root, "root");
        excludes = List.copyOf(excludes);
        excludedDirectories = List.copyOf(excludedDirectories);
        Objects.requireNonNull(symlinks, "symlinks");
        ownFiles = List.copyOf(ownFiles);
        Objects.requireNonNull(words, "words");
    }

    /** A scan whose hints use plain words. */
    public ScanRequest(Path root, List<String> excludes, List<Path> excludedDirectories, SymlinkPolicy symlinks,
            List<String> ownFiles) {
        this(root, excludes, excludedDirectories, symlinks, ownFiles, Vocabulary.NEUTRAL);
    }

    /** A scan with no build tool's files to leave out. */
    public ScanRequest(Path root, List<String> excludes, List<Path> excludedDirectories, SymlinkPolicy symlinks) {
        this(root, excludes, excludedDirectories, symlinks, List.of());
    }

    public static ScanRequest of(Path root) {
        return new ScanRequest(root, List.of(), List.of(), SymlinkPolicy.FOLLOW);
    }
}
