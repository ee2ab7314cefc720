package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.deflate64.Deflate64CompressorInputStream;

/**
 * The content of one zip entry, found through its local header, which must agree with the central directory: the
 * same name and method, and (unless sizes follow the data in a descriptor) the same checksum and sizes. A local header
 * that says otherwise is how two tools can be made to see two different archives, so the entry is refused. Reads
 * from a shared channel at its own positions, so several threads read entries at once.
 */
final class ZipEntryData {

    private static final int LOCAL_SIZE = 30;
    private static final long MAX32 = 0xFFFFFFFFL;

    private ZipEntryData() {}

    static InputStream open(String archive, FileChannel channel, ZipCentralDirectory.Entry e, long entriesEnd)
            throws IOException {
        if ((e.flags() & 1) != 0) {
            throw new IOException("is encrypted; bags are not");
        }
        long start = dataStart(archive, channel, e);
        if (start + e.compressedSize() > entriesEnd || start + e.compressedSize() < start) {
            throw ZipCentralDirectory.malformed(archive, e.localOffset(), "the data of '" + e.name() + "' ("
                    + e.compressedSize() + " bytes from offset " + start + ") runs into the central directory");
        }
        InputStream raw = new Slice(channel, start, e.compressedSize());
        return switch (e.method()) {
            case 0 -> {
                if (e.compressedSize() != e.size()) {
                    throw ZipCentralDirectory.malformed(archive, e.offset(), "the stored entry '" + e.name()
                            + "' gives a size of " + e.size() + " but " + e.compressedSize() + " stored bytes");
                }
                yield raw;
            }
            case 8 -> new Inflating(raw);
            case 9 -> new Deflate64CompressorInputStream(raw);
            case 12 -> new BZip2CompressorInputStream(raw);
            default -> throw new IOException("uses compression method " + e.method()
                    + ", which this verifier does not read (stored, deflate, deflate64 and bzip2 are read)");
        };
    }

    /** Where the entry's data starts, after checking its local header against the directory. */
    private static long dataStart(String archive, FileChannel channel, ZipCentralDirectory.Entry e) throws IOException {
        ByteBuffer h = read(channel, e.localOffset(), LOCAL_SIZE);
        if (h == null || h.getInt(0) != ZipCentralDirectory.LOCAL) {
            throw disagrees(archive, e, "there is no local header where the directory points");
        }
        int nameLength = ZipCentralDirectory.u16(h, 26);
        int extraLength = ZipCentralDirectory.u16(h, 28);
        ByteBuffer rest = read(channel, e.localOffset() + LOCAL_SIZE, nameLength + extraLength);
        if (rest == null) {
            throw disagrees(archive, e, "the local header is cut short");
        }
        byte[] name = Arrays.copyOf(rest.array(), nameLength);
        if (!Arrays.equals(name, e.name().getBytes(StandardCharsets.UTF_8))) {
            throw disagrees(archive, e, "the local header names '" + new String(name, StandardCharsets.UTF_8) + "'");
        }
        if (ZipCentralDirectory.u16(h, 8) != e.method()) {
            throw disagrees(archive, e, "the local header gives compression method " + ZipCentralDirectory.u16(h, 8));
        }
        long[] sizes = {ZipCentralDirectory.u32(h, 22), ZipCentralDirectory.u32(h, 18)}; // size, compressed size
        if (sizes[0] == MAX32 || sizes[1] == MAX32) {
            zip64Sizes(rest, nameLength, sizes);
        }
        boolean descriptor = (ZipCentralDirectory.u16(h, 6) & 8) != 0;
        long crc = ZipCentralDirectory.u32(h, 14);
        boolean same = crc == e.crc() && sizes[0] == e.size() && sizes[1] == e.compressedSize();
        boolean deferred = crc == 0 && sizes[0] == 0 && sizes[1] == 0;
        if (!same && !(descriptor && deferred)) {
            throw disagrees(archive, e, "the local header gives CRC " + Long.toHexString(crc) + ", " + sizes[0]
                    + " bytes from " + sizes[1] + ", the central directory CRC " + Long.toHexString(e.crc()) + ", "
                    + e.size() + " bytes from " + e.compressedSize());
        }
        return e.localOffset() + LOCAL_SIZE + nameLength + extraLength;
    }

    /** The local Zip64 extra field's sizes (both are given there when either is maxed out); left as they are without it. */
    private static void zip64Sizes(ByteBuffer rest, int nameLength, long[] sizes) {
        for (int i = nameLength; i + 4 <= rest.limit(); ) {
            int id = ZipCentralDirectory.u16(rest, i);
            int length = ZipCentralDirectory.u16(rest, i + 2);
            if (id == 1 && length >= 16 && i + 4 + length <= rest.limit()) {
                sizes[0] = rest.getLong(i + 4);
                sizes[1] = rest.getLong(i + 12);
                return;
            }
            i += 4 + length;
        }
    }

    private static IOException disagrees(String archive, ZipCentralDirectory.Entry e, String what) {
        return ZipCentralDirectory.malformed(archive, e.localOffset(), "the entry '" + e.name()
                + "' disagrees with the central directory: " + what);
    }

    /** {@code length} bytes at {@code position}, or null when the file ends before. */
    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (channel.read(b, position + b.position()) < 0) {
                return null;
            }
        }
        return b.flip();
    }

    /** A range of the archive, read at its own positions (the channel is shared between threads). */
    private static final class Slice extends InputStream {
        private final FileChannel channel;
        private long position;
        private final long end;

        Slice(FileChannel channel, long start, long length) {
            this.channel = channel;
            this.position = start;
            this.end = start + length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= end) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
            if (n < 0) {
                return -1; // the archive shrank under us: the size check after says so
            }
            position += n;
            return n;
        }
    }

    /** Raw deflate with an inflater of its own, ended on close (the JDK's stream leaves a given one open). */
    private static final class Inflating extends InflaterInputStream {
        private boolean closed;

        Inflating(InputStream raw) {
            super(raw, new Inflater(true), 1 << 13);
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                inf.end();
                super.close();
            }
        }
    }
}
