package org.datasetkit.core.fixity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.datasetkit.core.dataset.DatasetFile;

/**
 * Renders the entry lines of a {@link FixityCache} file as bytes into one growing array. Each checksum worker keeps
 * one and adds a file's line right after hashing it, while the file's details are still in the processor's cache:
 * rendering twenty thousand lines after the last file, from objects long evicted by the data streamed since, made
 * the user wait several times longer. The cache's lines need no order.
 */
final class FixityCacheWriter {

    private final List<DigestAlgorithm> algorithms;
    private final Utf8Buffer out;

    FixityCacheWriter(List<DigestAlgorithm> algorithms, int expectedLines) {
        this.algorithms = List.copyOf(algorithms);
        int perLine = 64;
        for (DigestAlgorithm a : algorithms) {
            perLine += a.hexLength() + 1;
        }
        this.out = new Utf8Buffer(expectedLines * perLine);
    }

    /** The header: format, dataset root, algorithms, when the cache was written, and the manifests written with it. */
    static byte[] header(Path root, List<DigestAlgorithm> algorithms, long writtenNanos, List<ManifestStamp> manifests) {
        StringBuilder stamps = new StringBuilder();
        for (ManifestStamp m : manifests) {
            stamps.append(stamps.length() == 0 ? "" : "\t").append(m.name()).append('\t').append(m.size()).append('\t')
                    .append(m.lastModified()).append('\t').append(m.identity());
        }
        return (FixityCache.HEADER + "\nroot " + root + "\nalgorithms " + FixityCache.names(algorithms)
                + "\nwritten " + writtenNanos + "\nmanifests " + stamps + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Adds the line of one file. */
    void add(FileFixity f) {
        DatasetFile file = f.file();
        out.append(file.size()).append('\t').append(file.lastModified()).append('\t');
        if (f.changeTime() == ChangeTime.UNKNOWN) {
            out.append('-');
        } else {
            out.append(f.changeTime());
        }
        out.append('\t');
        if (file.otherIdentity() == null) { // spelt as DatasetFile#identity spells it, without making the string
            out.append("(dev=").appendUnsignedHex(file.device()).append(",ino=").append(file.inode()).append(')');
        } else {
            out.append(file.otherIdentity().replace('\t', ' '));
        }
        out.append('\t');
        for (int i = 0; i < algorithms.size(); i++) {
            f.appendHex(algorithms.get(i), out);
            out.append(i == algorithms.size() - 1 ? '\t' : ',');
        }
        out.append(f.compressed() ? 'C' : '-').append('\t').append(ManifestPath.encode(file.path())).append('\n');
    }

    void writeTo(OutputStream sink) throws IOException {
        out.writeTo(sink);
    }
}
