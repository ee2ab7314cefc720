package org.datasetkit.core.bag;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.datasetkit.core.fixity.DigestAlgorithm;

/**
 * The checksums the manifests give, one column per algorithm, each file's as bytes at the file's place in the bag's
 * sorted list ({@link BagFiles#indexOf}): a map from path to hex cost a node, a table slot and a 64-character String per
 * file (150 bytes a file for SHA-256, against 32 here). Payload and tag manifests of one algorithm share its column.
 */
final class ExpectedChecksums {

    /** The checksums of one algorithm, by file. */
    static final class Column {
        private final int width;
        private final byte[] sums;
        private final BitSet listed = new BitSet();

        private Column(int width, int files) {
            this.width = width;
            this.sums = new byte[Math.multiplyExact(width, files)];
        }

        boolean has(int file) {
            return listed.get(file);
        }

        /** The expected checksum in lower-case hex, or null. */
        String hex(int file) {
            return has(file) ? DigestAlgorithm.toHex(sums, file * width, width) : null;
        }

        /** Expects {@code hex} (lower case, as the manifest reader gives it) for the file. */
        void put(int file, String hex) {
            for (int i = 0; i < width; i++) {
                sums[file * width + i] = (byte) Integer.parseInt(hex, 2 * i, 2 * i + 2, 16);
            }
            listed.set(file);
        }

        void remove(int file) {
            listed.clear(file);
        }
    }

    private final int files;
    private final Map<ManifestAlgorithm, Column> columns = new LinkedHashMap<>();

    /** @param files how many files the bag holds */
    ExpectedChecksums(int files) {
        this.files = files;
    }

    /** The column of {@code algorithm}, made empty the first time. */
    Column column(ManifestAlgorithm algorithm) {
        return columns.computeIfAbsent(algorithm, a -> new Column(a.hexLength() / 2, files));
    }

    boolean listed(ManifestAlgorithm algorithm, int file) {
        Column c = columns.get(algorithm);
        return c != null && c.has(file);
    }

    /** The algorithms the file is listed under, in the order their manifests were read. */
    Set<ManifestAlgorithm> algorithmsOf(int file) {
        Set<ManifestAlgorithm> algorithms = null;
        for (Map.Entry<ManifestAlgorithm, Column> c : columns.entrySet()) {
            if (c.getValue().has(file)) {
                algorithms = algorithms == null ? new LinkedHashSet<>(4) : algorithms;
                algorithms.add(c.getKey());
            }
        }
        return algorithms == null ? Set.of() : algorithms;
    }

    /** Every column, in the order their manifests were read. */
    Map<ManifestAlgorithm, Column> columns() {
        return columns;
    }
}
