package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;

/**
 * An entry of a bag read no further than the size its container declares. A zip's central directory can understate
 * what an entry inflates to, and entries can share one compressed stream: the ratio caps judge the declared sizes, so
 * the bytes actually produced are counted and an entry giving more than it declared is stopped there (and one giving
 * fewer was cut short). Bounded this way, the verifier never inflates more than the sizes it checked against its caps.
 */
final class SizeBoundedInput extends ReadThroughInput {

    /** The entry gave more or fewer bytes than declared. */
    static final class SizeMismatch extends IOException {
        private static final long serialVersionUID = 1L;

        SizeMismatch(String message) {
            super(message);
        }
    }

    private final long declared;
    private long produced;

    SizeBoundedInput(InputStream in, long declared) {
        super(in);
        this.declared = declared;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        // Asks for one byte more than is left, so an entry that goes on past its size is caught at once.
        long left = declared - produced;
        int n = super.read(b, off, (int) Math.min(len, Math.max(1, Math.min(Integer.MAX_VALUE, left + 1))));
        if (n < 0) {
            if (produced < declared) {
                throw new SizeMismatch("ends after " + produced + " bytes, but its size is given as " + declared
                        + " (cut short or damaged)");
            }
            return -1;
        }
        produced += n;
        if (produced > declared) {
            throw new SizeMismatch("gives more bytes than the " + declared + " its size is given as; an entry that "
                    + "understates its size is how a zip bomb gets past size checks, so it is not read further");
        }
        return n;
    }

    /** Bytes produced so far. */
    long produced() {
        return produced;
    }
}
