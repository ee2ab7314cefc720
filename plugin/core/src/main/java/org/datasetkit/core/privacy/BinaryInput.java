package org.datasetkit.core.privacy;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Checksum;

/**
 * Big-endian reading for the chunk and marker walkers, with its own buffer (no per-byte locking) and the offset of
 * the next byte, for messages that say where a file is broken. Every read past the end is an {@link EOFException}.
 */
final class BinaryInput {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int next;
    private int limit;
    /** Bytes consumed before the buffer's first byte. */
    private long before;

    BinaryInput(InputStream in) {
        this.in = in;
    }

    /** The offset of the next byte to be read. */
    long position() {
        return before + next;
    }

    /** The next byte (0–255), or -1 at the end. */
    int read() throws IOException {
        if (next == limit && !fill()) {
            return -1;
        }
        return buffer[next++] & 0xff;
    }

    int u8() throws IOException {
        int b = read();
        if (b < 0) {
            throw new EOFException("at byte " + position());
        }
        return b;
    }

    int u16() throws IOException {
        return u8() << 8 | u8();
    }

    int s32() throws IOException {
        return u16() << 16 | u16();
    }

    /**
     * Passes {@code length} bytes through {@code checksum} (null for none) and keeps the first {@code keep.length} of
     * them in {@code keep}.
     *
     * @return how many bytes were kept
     */
    int pass(long length, Checksum checksum, byte[] keep) throws IOException {
        long left = length;
        int kept = 0;
        while (left > 0) {
            if (next == limit && !fill()) {
                throw new EOFException("at byte " + position() + ", " + left + " bytes short");
            }
            int n = (int) Math.min(left, limit - next);
            if (checksum != null) {
                checksum.update(buffer, next, n);
            }
            int k = Math.min(n, keep.length - kept);
            System.arraycopy(buffer, next, keep, kept, k);
            kept += k;
            next += n;
            left -= n;
        }
        return kept;
    }

    /** Skips bytes up to and including the next {@code value}; false when the input ends first. */
    boolean skipPast(int value) throws IOException {
        while (true) {
            for (; next < limit; next++) {
                if ((buffer[next] & 0xff) == value) {
                    next++;
                    return true;
                }
            }
            if (!fill()) {
                return false;
            }
        }
    }

    private boolean fill() throws IOException {
        before += limit;
        next = 0;
        limit = 0;
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        limit = n;
        return true;
    }
}
