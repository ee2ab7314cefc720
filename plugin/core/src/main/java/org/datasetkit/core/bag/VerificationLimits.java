package org.datasetkit.core.bag;

/**
 * Caps that keep a hostile archive from exhausting the machine (a "zip bomb"): the total uncompressed size read,
 * and the compression ratio of any large entry.
 *
 * @param maxBytes the most uncompressed bytes a bag may hold
 * @param maxRatio the highest uncompressed/compressed ratio allowed for entries over 1 MiB
 */
public record VerificationLimits(long maxBytes, long maxRatio) {

    /**
     * 4 TiB, far above any real dataset; and 1100:1, just above the most a single deflate stream can expand (about
     * 1032:1, reached by files of zeros, which real datasets do hold: sparse volumes, empty masks). Higher ratios
     * need another method (bzip2 reaches millions to one) and are refused.
     */
    public static final VerificationLimits DEFAULT = new VerificationLimits(4L << 40, 1100);
}
