package org.datasetkit.core.fixity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.datasetkit.core.dataset.DatasetFile;

/**
 * Renders a {@link FixityCache} file as bytes, straight into one growing array: on a fresh run the cache is
 * written after the last file is hashed, while nothing else can run, so building it through a StringBuilder (and
 * copying it twice more to get bytes) would be time the user waits for.
 */
final class FixityCacheWriter {

    private byte[] bytes;
    private int length;

    private FixityCacheWriter(int capacity) {
        bytes = new byte[capacity];
    }

    /** The whole file: header, then one line per file in the result's order. */
    static byte[] render(FixityResult result, long writtenNanos) {
        List<DigestAlgorithm> algorithms = result.algorithms();
        int perLine = 64;
        for (DigestAlgorithm a : algorithms) {
            perLine += a.hexLength() + 1;
        }
        FixityCacheWriter out = new FixityCacheWriter(256 + result.files().size() * perLine);
        out.text(FixityCache.HEADER + "\nroot " + result.dataset().root() + "\nalgorithms " + FixityCache.names(algorithms)
                + "\nwritten " + writtenNanos + "\n");
        for (FileFixity f : result.files()) {
            DatasetFile file = f.file();
            out.number(file.size());
            out.number(file.lastModified());
            out.text(file.identity().replace('\t', ' '));
            out.put('\t');
            for (int i = 0; i < algorithms.size(); i++) {
                out.text(f.digest(algorithms.get(i)));
                out.put(i == algorithms.size() - 1 ? '\t' : ',');
            }
            out.put(f.compressed() ? 'C' : '-');
            out.put('\t');
            out.text(ManifestPath.encode(file.path()));
            out.put('\n');
        }
        return Arrays.copyOf(out.bytes, out.length);
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
