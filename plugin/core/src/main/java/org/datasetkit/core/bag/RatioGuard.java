package org.datasetkit.core.bag;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Counts the bytes a compressed stream gives against the bytes it took from the file, and stops it when the ratio
 * passes the cap (a gzip bomb) or the total passes the size cap. A tar carries no compressed sizes per entry to
 * check beforehand, so the check runs as the stream is read.
 */
final class RatioGuard extends ReadThroughInput {

    /** The stream expanded beyond a cap. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message);
        }
    }

    /** Room for the first blocks, whose ratio says little about the stream. */
    private static final long SLACK = 1L << 20;

    private final Counting compressed;
    private final VerificationLimits limits;
    private long produced;

    private RatioGuard(InputStream decompressed, Counting compressed, VerificationLimits limits) {
        super(decompressed);
        this.compressed = compressed;
        this.limits = limits;
    }

    /** A gzip stream over {@code file}, guarded. */
    static InputStream gzip(InputStream file, VerificationLimits limits) throws IOException {
        Counting counting = new Counting(file);
        return new RatioGuard(new GzipCompressorInputStream(counting, true), counting, limits);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            produced += n;
            if (produced > limits.maxBytes()) {
                throw new Exceeded("it expands to more than " + limits.maxBytes() + " bytes, the limit");
            }
            if (produced > limits.maxRatio() * compressed.count + SLACK) {
                throw new Exceeded("it expands more than " + limits.maxRatio() + " times (" + produced + " bytes from "
                        + compressed.count + "): treated as a gzip bomb");
            }
        }
        return n;
    }

    /** Counts the bytes read from the file. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
