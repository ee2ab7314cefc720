package org.datasetkit.core.fixity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
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
    private byte[] bytes;
    private int length;

    FixityCacheWriter(List<DigestAlgorithm> algorithms, int expectedLines) {
        this.algorithms = List.copyOf(algorithms);
        int perLine = 64;
        for (DigestAlgorithm a : algorithms) {
            perLine += a.hexLength() + 1;
        }
        this.bytes = new byte[Math.max(1024, expectedLines * perLine)];
    }

    /** The header: format, dataset root, algorithms, and when the cache was written. */
    static byte[] header(Path root, List<DigestAlgorithm> algorithms, long writtenNanos) {
        return (FixityCache.HEADER + "\nroot " + root + "\nalgorithms " + FixityCache.names(algorithms)
                + "\nwritten " + writtenNanos + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Adds the line of one file. */
    void add(FileFixity f) {
        DatasetFile file = f.file();
        number(file.size());
        number(file.lastModified());
        text(file.identity().replace('\t', ' '));
        put('\t');
        for (int i = 0; i < algorithms.size(); i++) {
            text(f.digest(algorithms.get(i)));
            put(i == algorithms.size() - 1 ? '\t' : ',');
        }
        put(f.compressed() ? 'C' : '-');
        put('\t');
        text(ManifestPath.encode(file.path()));
        put('\n');
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    /** A number and the tab after it. */
    private void number(long value) {
        text(Long.toString(value));
        put('\t');
    }

    /** Text as UTF-8 (for the usual ASCII string, a vectorised check and a copy). */
    private void text(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
    }

    private void put(char ascii) {
        ensure(1);
        bytes[length++] = (byte) ascii;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
