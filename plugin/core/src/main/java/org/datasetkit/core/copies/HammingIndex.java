package org.datasetkit.core.copies;

import java.util.function.IntConsumer;

/**
 * Multi-index hashing (Norouzi, Punjani, Fleet 2012) over 64-bit hashes: each hash is cut into four 16-bit chunks,
 * and each chunk indexes a table. Two hashes within distance {@code t} agree within {@code t / 4} bits on at least
 * one chunk (pigeonhole), so a query looks up only the chunk values that near its own in each table, then checks the
 * full distance of those candidates: no all-pairs comparison.
 */
public final class HammingIndex {

    private static final int CHUNKS = 4;
    private static final int KEYS = 1 << 16;

    private final long[] hashes;
    /** Per chunk: where each key's entries start in {@link #entries} (counting sort, so no boxing and no maps). */
    private final int[][] starts = new int[CHUNKS][];
    private final int[][] entries = new int[CHUNKS][];

    public HammingIndex(long[] hashes) {
        this.hashes = hashes.clone();
        for (int c = 0; c < CHUNKS; c++) {
            int[] start = new int[KEYS + 1];
            for (long h : this.hashes) {
                start[chunk(h, c) + 1]++;
            }
            for (int k = 0; k < KEYS; k++) {
                start[k + 1] += start[k];
            }
            int[] fill = start.clone();
            int[] entry = new int[this.hashes.length];
            for (int i = 0; i < this.hashes.length; i++) {
                entry[fill[chunk(this.hashes[i], c)]++] = i;
            }
            starts[c] = start;
            entries[c] = entry;
        }
    }

    /**
     * Calls {@code found} with the index of every hash within {@code threshold} bits of {@code query}, each once.
     *
     * @param threshold 0 to 64
     */
    public void near(long query, int threshold, IntConsumer found) {
        int radius = threshold / CHUNKS;
        // a hash that matches on several chunks is reported by the first of them only
        for (int c = 0; c < CHUNKS; c++) {
            int key = chunk(query, c);
            final int table = c;
            neighbours(key, radius, 0, 0, k -> {
                for (int e = starts[table][k]; e < starts[table][k + 1]; e++) {
                    int i = entries[table][e];
                    long h = hashes[i];
                    if (Long.bitCount(h ^ query) <= threshold && firstChunkWithin(h, query, radius) == table) {
                        found.accept(i);
                    }
                }
            });
        }
    }

    public int size() {
        return hashes.length;
    }

    private static int firstChunkWithin(long h, long query, int radius) {
        for (int c = 0; c < CHUNKS; c++) {
            if (Integer.bitCount(chunk(h, c) ^ chunk(query, c)) <= radius) {
                return c;
            }
        }
        return -1;
    }

    /** Every 16-bit key within {@code radius} bits of {@code key}, flipping bits from {@code from} upwards. */
    private static void neighbours(int key, int radius, int from, int depth, IntConsumer out) {
        out.accept(key);
        if (depth == radius) {
            return;
        }
        for (int b = from; b < 16; b++) {
            neighbours(key ^ (1 << b), radius, b + 1, depth + 1, out);
        }
    }

    private static int chunk(long h, int c) {
        return (int) (h >>> (16 * c)) & 0xffff;
    }
}
