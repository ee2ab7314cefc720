package org.datasetkit.core.fixity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.datasetkit.core.output.FileStamp;

/**
 * A payload manifest file as it was when last written or found current: enough to tell that nobody has touched it
 * since, the same way the cache tells an unchanged payload file (size, modification time, identity).
 *
 * @param name the manifest's file name, e.g. {@code manifest-sha256.txt}
 * @param lastModified in nanoseconds since the epoch
 * @param identity the file system's identity of the file, or empty where it gives none
 */
record ManifestStamp(String name, long size, long lastModified, String identity) {

    ManifestStamp {
        identity = identity.replace('\t', ' '); // stored tab-separated, as in the cache's lines
    }

    /** The stamp of the manifest at {@code file} now, or empty when there is none. */
    static Optional<ManifestStamp> of(Path file) throws IOException {
        return FileStamp.of(file).map(s -> new ManifestStamp(file.getFileName().toString(), s.size(), s.lastModified(),
                s.identity()));
    }
}
