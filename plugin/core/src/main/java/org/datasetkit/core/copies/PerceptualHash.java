package org.datasetkit.core.copies;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * The perceptual hash of recipe {@code phash-v1}, datasetkit's own (hashes of other implementations are never
 * compared with it: resamplers and thresholds differ):
 * <ol>
 * <li>intensities clipped to their 1st and 99th percentile, so a window or a bit depth that keeps the body of the
 *     histogram changes nothing but the clipped tails;</li>
 * <li>area-averaged (exact fractional box filter) to 32×32, so a resized copy averages to the same thumbnail;</li>
 * <li>2-D DCT-II, of which the 8×8 lowest frequencies are kept;</li>
 * <li>the 63 coefficients other than the DC term, read row-major, each compared {@code >} with their median: bit
 *     62 is the first; bit 63 is always 0.</li>
 * </ol>
 * Affine intensity changes (a window's scale and offset, 16→8 bit) leave the DCT's AC signs and their median order
 * alone, which is why no other normalisation is needed. A flat image has no hash: it would match every other flat
 * image.
 */
public final class PerceptualHash {

    /** The recipe's name, written beside every hash. */
    public static final String RECIPE = "phash-v1";

    private static final int SIZE = 32;
    private static final int KEEP = 8;
    private static final int SAMPLE = 1 << 16;
    private static final double[][] COS = cosines();

    /** The 64-bit hash, or empty for an image with no structure to hash (flat, or one pixel). */
    public OptionalLong hash(GreyImage image) {
        float[] clipped = clipped(image);
        double[] thumb = thumbnail(image.width(), image.height(), clipped);
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

    /** Values clipped to the 1st..99th percentile (of an evenly strided sample, for speed on large images). */
    private static float[] clipped(GreyImage image) {
        float[] v = image.values();
        int stride = Math.max(1, v.length / SAMPLE);
        float[] sample = new float[(v.length + stride - 1) / stride];
        for (int i = 0, j = 0; i < v.length && j < sample.length; i += stride, j++) {
            sample[j] = v[i];
        }
        Arrays.sort(sample);
        float low = sample[(int) (sample.length * 0.01)];
        float high = sample[Math.min(sample.length - 1, (int) (sample.length * 0.99))];
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.max(low, Math.min(high, v[i]));
        }
        return out;
    }

    /** Exact area averaging to 32×32: each source pixel counts with the share of it that falls in the cell. */
    static double[] thumbnail(int w, int h, float[] v) {
        double[] rows = new double[h * SIZE];
        double[][] wx = weights(w);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float p = v[y * w + x];
                double[] share = wx[x];
                int first = (int) share[0];
                for (int k = 1; k < share.length; k++) {
                    rows[y * SIZE + first + k - 1] += p * share[k];
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
