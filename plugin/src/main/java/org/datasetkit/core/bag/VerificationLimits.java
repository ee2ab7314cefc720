package org.datasetkit.core.bag;

/**
 * Caps that keep a hostile archive from exhausting the machine (a "zip bomb"): the total uncompressed size read,
 * and the compression ratio of any large entry.
 *
 * @param maxBytes the most uncompressed bytes a bag may hold
 * @param maxRatio the highest uncompressed/compressed ratio allowed for entries over 1 MiB
 */
public record VerificationLimits(long maxBytes, long maxRatio) {

    /** 4 TiB and 1000:1: far above any real dataset, far below what a bomb unpacks to. */
    public static final VerificationLimits DEFAULT = new VerificationLimits(4L << 40, 1000);
}
