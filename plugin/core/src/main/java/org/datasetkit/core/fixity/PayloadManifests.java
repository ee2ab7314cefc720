package org.datasetkit.core.fixity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.output.AtomicFile;

/**
 * The payload manifests a checksum run keeps in a folder, {@code manifest-<algorithm>.txt} as they go into a bag.
 * A manifest is rewritten only when its bytes change (its time stamp then still says when the checksums last
 * changed). When the dataset is unchanged and every manifest is still the file the cache recorded, the manifests are
 * not even rendered: on a large dataset, rendering and comparing megabytes of them is a good part of a re-run.
 */
final class PayloadManifests {

    private final Path directory;
    private final List<DigestAlgorithm> algorithms;

    PayloadManifests(Path directory, List<DigestAlgorithm> algorithms) {
        this.directory = directory;
        this.algorithms = List.copyOf(algorithms);
    }

    /**
     * Whether every manifest is on disk exactly as {@code recorded}, last modified before {@code trustedBefore}: a
     * file changed within the same tick of the clock as it was recorded could not be told apart by its time stamp.
     */
    boolean unchangedSince(List<ManifestStamp> recorded, long trustedBefore) throws IOException {
        if (recorded.size() != algorithms.size()) {
            return false;
        }
        for (DigestAlgorithm algorithm : algorithms) {
            Optional<ManifestStamp> now = ManifestStamp.of(file(algorithm));
            if (now.isEmpty() || !recorded.contains(now.get()) || now.get().lastModified() >= trustedBefore) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes each manifest of {@code result} whose bytes changed, and removes those of algorithms no longer asked for
     * (they would describe an older state of the dataset); answers the stamps of the manifests as they are now.
     */
    List<ManifestStamp> write(FixityResult result) throws IOException {
        List<ManifestStamp> stamps = new ArrayList<>(algorithms.size());
        for (DigestAlgorithm algorithm : algorithms) {
            Path file = file(algorithm);
            // streamed line by line, and compared with the old file by digest: neither is held whole
            AtomicFile.writeIfChanged(file, out -> ManifestWriter.writePayloadManifest(result, algorithm, List.of(), out));
            stamps.add(ManifestStamp.of(file).orElseThrow(() -> new NoSuchFileException(file.toString(), null,
                    "removed right after it was written")));
        }
        for (DigestAlgorithm other : EnumSet.complementOf(EnumSet.copyOf(algorithms))) {
            Files.deleteIfExists(file(other));
        }
        return stamps;
    }

    private Path file(DigestAlgorithm algorithm) {
        return directory.resolve(algorithm.manifestFileName());
    }
}
