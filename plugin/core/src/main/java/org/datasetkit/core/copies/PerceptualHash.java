package org.datasetkit.core.copies;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * The perceptual hash of recipe {@code phash-v1}, datasetkit's own (hashes of other implementations are never
 * compared with it: resamplers and thresholds differ):
 * <ol>
 * <li>intensities replaced by their rank in the image's histogram (mid-rank of ties), so a window, a bit depth or a
 *     contrast curve, which keep the order of intensities, change (almost) nothing;</li>
 * <li>area-averaged (exact fractional box filter) to 32×32, so a resized copy averages to the same thumbnail;</li>
 * <li>2-D DCT-II, of which the 8×8 lowest frequencies are kept;</li>
 * <li>the 63 coefficients other than the DC term, read row-major, each compared {@code >} with their median: bit
 *     62 is the first; bit 63 is always 0.</li>
 * </ol>
 * A flat image has no hash: it would match every other flat
 * image.
 */
public final class PerceptualHash {

    /** The recipe's name, written beside every hash. */
    public static final String RECIPE = "phash-v1";

    private static final int SIZE = 32;
    private static final int KEEP = 8;
    /** Histogram bins: as fine as 16-bit values, so integer images of up to 16 bits rank exactly. */
    private static final int BINS = 1 << 16;
    private static final double[][] COS = cosines();

    /** The 64-bit hash, or empty for an image with no structure to hash (flat, or one pixel). */
    public OptionalLong hash(GreyImage image) {
        double[] thumb = thumbnail(image.width(), image.height(), image.values(), Ranks.of(image.values()));
        double[] coefficients = lowFrequencies(thumb);
        double[] ac = Arrays.copyOfRange(coefficients, 1, KEEP * KEEP);
        double energy = 0;
        for (double c : ac) {
            energy += Math.abs(c);
        }
        if (energy < 1e-6 * SIZE * SIZE) {
            return OptionalLong.empty();
        }
        double[] sorted = ac.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        long bits = 0;
        for (double c : ac) {
            bits = (bits << 1) | (c > median ? 1 : 0);
        }
        return OptionalLong.of(bits);
    }

    /** The number of bits two hashes differ in. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /**
     * Each value's rank in the image's histogram (the mid-rank of its bin, 0 to 1): any window, bit depth or contrast
     * curve that keeps the order of intensities leaves the ranks alone, and what a window clips becomes one tie whose
     * mid-rank is the average of the ranks it replaced, which area averaging then cannot tell apart. Looked up per
     * pixel while averaging rather than written out: a second image-sized array cost more than the lookup.
     *
     * @param midRank each bin's mid-rank; a flat image has one bin, of rank 0
     */
    private record Ranks(float min, double scale, float[] midRank) {

        static Ranks of(float[] v) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            boolean nan = false;
            for (float x : v) { // plain comparisons: Math.min's NaN and signed-zero care costs a pass this long
                min = x < min ? x : min;
                max = x > max ? x : max;
                nan |= x != x;
            }
            if (nan || !(max > min)) {
                return new Ranks(0, 0, new float[1]);
            }
            double scale = (BINS - 1) / ((double) max - min);
            int[] count = new int[BINS];
            for (float x : v) {
                count[(int) ((x - min) * scale)]++;
            }
            float[] midRank = new float[BINS];
            long below = 0;
            for (int b = 0; b < BINS; b++) {
                if (count[b] != 0) { // an empty bin is never looked up: its division is saved
                    midRank[b] = (float) ((below + count[b] / 2.0) / v.length);
                    below += count[b];
                }
            }
            return new Ranks(min, scale, midRank);
        }

        float of(float x) {
            return midRank[(int) ((x - min) * scale)];
        }
    }

    /** Exact area averaging to 32×32: each source pixel counts with the share of it that falls in the cell. */
    private static double[] thumbnail(int w, int h, float[] v, Ranks ranks) {
        double[] rows = new double[h * SIZE];
        double[][] wx = weights(w);
        if (w >= SIZE) {
            rowsOfWideImage(w, h, v, ranks, wx, rows);
        } else {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    add(rows, y * SIZE, ranks.of(v[y * w + x]), wx[x]);
                }
            }
        }
        double[] out = new double[SIZE * SIZE];
        double[][] wy = weights(h);
        for (int y = 0; y < h; y++) {
            double[] share = wy[y];
            int first = (int) share[0];
            for (int k = 1; k < share.length; k++) {
                int cell = first + k - 1;
                for (int x = 0; x < SIZE; x++) {
                    out[cell * SIZE + x] += rows[y * SIZE + x] * share[k];
                }
            }
        }
        return out;
    }

    private static void add(double[] rows, int row, float p, double[] share) {
        int first = (int) share[0];
        for (int k = 1; k < share.length; k++) {
            rows[row + first + k - 1] += p * share[k];
        }
    }

    /**
     * The horizontal pass where a source pixel is at most one cell wide, so it falls in at most two cells: the same
     * sums in the same order as {@link #add}, without its per-pixel loop (the hot path of a fingerprint). Four rows go
     * side by side: each cell's sum is a chain of dependent additions, and four independent chains keep the
     * processor busy where one would wait on each addition in turn.
     */
    private static void rowsOfWideImage(int w, int h, float[] v, Ranks ranks, double[][] wx, double[] rows) {
        int[] cell = new int[w];
        double[] inFirst = new double[w];
        double[] inNext = new double[w];
        for (int x = 0; x < w; x++) {
            cell[x] = (int) wx[x][0];
            inFirst[x] = wx[x][1];
            inNext[x] = wx[x].length > 2 ? wx[x][2] : 0;
        }
        int y = 0;
        for (; y + 4 <= h; y += 4) {
            int r0 = y * SIZE;
            int r1 = r0 + SIZE;
            int r2 = r1 + SIZE;
            int r3 = r2 + SIZE;
            int a0 = y * w;
            int a1 = a0 + w;
            int a2 = a1 + w;
            int a3 = a2 + w;
            for (int x = 0; x < w; x++) {
                float p0 = ranks.of(v[a0 + x]);
                float p1 = ranks.of(v[a1 + x]);
                float p2 = ranks.of(v[a2 + x]);
                float p3 = ranks.of(v[a3 + x]);
                int c = cell[x];
                double f = inFirst[x];
                rows[r0 + c] += p0 * f;
                rows[r1 + c] += p1 * f;
                rows[r2 + c] += p2 * f;
                rows[r3 + c] += p3 * f;
                double n = inNext[x];
                if (n != 0) {
                    rows[r0 + c + 1] += p0 * n;
                    rows[r1 + c + 1] += p1 * n;
                    rows[r2 + c + 1] += p2 * n;
                    rows[r3 + c + 1] += p3 * n;
                }
            }
        }
        for (; y < h; y++) {
            int row = y * SIZE;
            int at = y * w;
            for (int x = 0; x < w; x++) {
                float p = ranks.of(v[at + x]);
                rows[row + cell[x]] += p * inFirst[x];
                if (inNext[x] != 0) {
                    rows[row + cell[x] + 1] += p * inNext[x];
                }
            }
        }
    }

    /** For each of n source pixels: {first cell, share in it, share in the next, ...}, shares scaled to the cell. */
    private static double[][] weights(int n) {
        double[][] out = new double[n][];
        double scale = (double) SIZE / n; // cell units per source pixel
        for (int i = 0; i < n; i++) {
            double from = i * scale;
            double to = (i + 1) * scale;
            int first = (int) Math.floor(from);
            int last = Math.min(SIZE - 1, (int) Math.ceil(to) - 1);
            double[] share = new double[last - first + 2];
            share[0] = first;
            for (int c = first; c <= last; c++) {
                share[c - first + 1] = Math.max(0, Math.min(to, c + 1) - Math.max(from, c));
            }
            out[i] = share;
        }
        return out;
    }

    /** The 8×8 lowest DCT-II frequencies of the 32×32 thumbnail, row-major (unscaled: only their order matters). */
    private static double[] lowFrequencies(double[] thumb) {
        double[] rowPass = new double[SIZE * KEEP];
        for (int y = 0; y < SIZE; y++) {
            for (int u = 0; u < KEEP; u++) {
                double sum = 0;
                for (int x = 0; x < SIZE; x++) {
                    sum += thumb[y * SIZE + x] * COS[u][x];
                }
                rowPass[y * KEEP + u] = sum;
            }
        }
        double[] out = new double[KEEP * KEEP];
        for (int v = 0; v < KEEP; v++) {
            for (int u = 0; u < KEEP; u++) {
                double sum = 0;
                for (int y = 0; y < SIZE; y++) {
                    sum += rowPass[y * KEEP + u] * COS[v][y];
                }
                out[v * KEEP + u] = sum;
            }
        }
        return out;
    }

    private static double[][] cosines() {
        double[][] c = new double[KEEP][SIZE];
        for (int k = 0; k < KEEP; k++) {
            for (int n = 0; n < SIZE; n++) {
                c[k][n] = Math.cos(Math.PI / SIZE * (n + 0.5) * k);
            }
        }
        return c;
    }
}
