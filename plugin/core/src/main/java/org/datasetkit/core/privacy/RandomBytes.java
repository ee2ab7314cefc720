package org.datasetkit.core.privacy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Bytes read by offset: a file (TIFF is a graph of offsets) or a block already in memory (EXIF inside a JPEG). */
interface RandomBytes {

    long size();

    /** Reads {@code length} bytes at {@code offset}; the caller has checked that they lie inside {@link #size()}. */
    void read(long offset, byte[] into, int length) throws IOException;

    static RandomBytes of(byte[] data, int offset, int length) {
        return new RandomBytes() {
            @Override
            public long size() {
                return length;
            }

            @Override
            public void read(long at, byte[] into, int n) {
                System.arraycopy(data, (int) (offset + at), into, 0, n);
            }
        };
    }

    static RandomBytes of(FileChannel channel) throws IOException {
        long size = channel.size();
        return new RandomBytes() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public void read(long at, byte[] into, int n) throws IOException {
                ByteBuffer b = ByteBuffer.wrap(into, 0, n);
                while (b.hasRemaining()) {
                    if (channel.read(b, at + b.position()) < 0) {
                        throw new FileDefect("it ends at byte " + (at + b.position()) + " while a tag's value was read");
                    }
                }
            }
        };
    }
}
