package org.datasetkit.core.bag;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Tells, without deflating, that a sample of a file cannot shrink: deflate saves bytes only by coding frequent byte
 * values in fewer bits or by replacing a repeated string with a reference to its earlier copy, so a sample whose byte
 * values are spread almost evenly <em>and</em> which holds almost no repeated 8-byte string will not deflate.
 * Random, encrypted and already-compressed data are told this way at several hundred MB/s, where zlib spends as
 * long on such data as on any other (60-70 MB/s per core on this project's build machine, at level 1 as at level 6).
 *
 * <p>The test only ever answers "cannot shrink" with a margin ({@link #MARGIN}, half the saving {@link Compression}
 * asks of deflate); anything else is deflated and judged by what deflate actually saved. It looks at bytes only, in
 * Java: the same sample gives the same answer on every machine and JDK.
 */
final class ShrinkProbe {

    /** The bytes at the start of a file that the probe looks at. */
    static final int SAMPLE = 64 << 10;

    /** A sample cannot shrink when neither byte frequencies nor repeats promise to save 1/64 of it. */
    static final int MARGIN = 64;

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int TABLE_BITS = 13;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    /** StrictMath, not Math: Math.log may differ by an ulp between the interpreter and the JIT, and the decision must not. */
    private static final double LN2 = StrictMath.log(2);

    private ShrinkProbe() {}

    /** Whether deflate cannot save 1/64 of {@code bytes[0, length)}; small samples are never judged so. */
    static boolean cannotShrink(byte[] bytes, int length) {
        int n = Math.min(length, SAMPLE);
        if (n < 4096) {
            return false; // too few bytes for frequencies to mean anything: deflate decides
        }
        return codingSaves(bytes, n) < n / MARGIN && repeatedPositions(bytes, n) < n / MARGIN;
    }

    /**
     * The bytes an ideal order-0 code (Shannon's entropy of the byte values) would save on the sample: more than
     * Huffman coding, which deflate uses, can.
     */
    static long codingSaves(byte[] bytes, int n) {
        int[] counts = new int[256];
        for (int i = 0; i < n; i++) {
            counts[bytes[i] & 0xFF]++;
        }
        double bits = 0;
        for (int c : counts) {
            if (c > 0) {
                bits -= c * StrictMath.log((double) c / n);
            }
        }
        return n - (long) Math.ceil(bits / LN2 / 8);
    }

    /**
     * How many positions start 8 bytes seen before in the sample. Every position is looked up, every fourth is
     * remembered (so a repeat of 11 bytes or more is always seen, unless a collision in the small table lost its
     * earlier copy). An empty slot points at position 0, a harmless comparison: there are no branches but the loop's,
     * which keeps it fast on data that never matches.
     */
    static int repeatedPositions(byte[] bytes, int n) {
        int[] table = new int[1 << TABLE_BITS];
        int hits = -1; // position 0 is compared with itself once
        for (int i = 0; i + 11 < n; i += 4) {
            long v0 = (long) LONG.get(bytes, i);
            long v1 = (long) LONG.get(bytes, i + 1);
            long v2 = (long) LONG.get(bytes, i + 2);
            long v3 = (long) LONG.get(bytes, i + 3);
            int s0 = slot(v0);
            hits += ((long) LONG.get(bytes, table[s0]) == v0 ? 1 : 0)
                    + ((long) LONG.get(bytes, table[slot(v1)]) == v1 ? 1 : 0)
                    + ((long) LONG.get(bytes, table[slot(v2)]) == v2 ? 1 : 0)
                    + ((long) LONG.get(bytes, table[slot(v3)]) == v3 ? 1 : 0);
            table[s0] = i;
        }
        return hits;
    }

    private static int slot(long eightBytes) {
        return (int) ((eightBytes * GOLDEN) >>> (64 - TABLE_BITS));
    }
}
