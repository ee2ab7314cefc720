package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipUtil;

/**
 * Writes a zip archive entry by entry to a seekable channel, keeping nothing per entry in memory: each entry's
 * central directory record goes to a {@link ZipDirectorySpool} as the entry is finished. The bytes are those
 * commons-compress 1.28's {@code ZipArchiveOutputStream} writes to a file with the settings the bag writer used (UTF-8
 * names flagged, no extra fields but ZIP64 where sizes or offsets need it, Unix modes, one entry time, the local
 * header's checksum and sizes filled in once the data is written), so the archive did not change when it replaced it.
 */
final class ZipOutput implements AutoCloseable {

    static final int UTF8_NAMES = 0x0800;
    static final int MAX_NAME = 0xFFFF;
    private static final long MAX32 = ZipDirectorySpool.MAX32;
    private static final int LOCAL = 0x04034b50;
    private static final int LOCAL_FIXED = 30;
    private static final int ZIP64_LOCAL_EXTRA = 20;
    private static final int CHUNK = 8192;

    /** What an entry is: how it is stored and with which Unix mode. */
    enum Kind {
        FOLDER(0, 040755), STORED(0, 0100644), DEFLATED(8, 0100644);

        private final int method;
        private final int mode;

        Kind(int method, int mode) {
            this.method = method;
            this.mode = mode;
        }

        int method() {
            return method;
        }

        int versionNeeded() {
            return method == 8 ? 20 : 10;
        }

        /** The mode in the high half; the DOS read-only and folder bits in the low one, as commons-compress sets them. */
        int externalAttributes() {
            return mode << 16 | ((mode & 0200) == 0 ? 1 : 0) | (this == FOLDER ? 0x10 : 0);
        }
    }

    /** Produces an entry's content. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException, org.datasetkit.core.diag.DatasetException;
    }

    private final SeekableByteChannel channel;
    private final ZipDirectorySpool directory;
    private final byte[] dosTime;
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final byte[] deflated = new byte[4096];
    private final byte[] buffer = new byte[1 << 20];
    private int count;
    /** Where {@code buffer[0]} goes in the archive. */
    private long bufferStart;

    /**
     * @param channel the archive, empty, written from its start
     * @param spool a scratch file for the central directory, deleted on close
     * @param time the entries' time in Java milliseconds, turned into a DOS time in this JVM's time zone
     */
    ZipOutput(SeekableByteChannel channel, Path spool, long time) throws IOException {
        this.channel = channel;
        this.dosTime = ZipUtil.toDosTime(time);
        this.directory = new ZipDirectorySpool(spool, dosTime);
    }

    void folder(String name) throws IOException, org.datasetkit.core.diag.DatasetException {
        streamed(Kind.FOLDER, name, 0, out -> {});
    }

    /** An entry of {@code size} bytes, stored as they are. */
    void stored(String name, long size, Content content) throws IOException, org.datasetkit.core.diag.DatasetException {
        streamed(Kind.STORED, name, size, content);
    }

    /** An entry of {@code size} bytes, deflated here. */
    void deflated(String name, long size, Content content) throws IOException, org.datasetkit.core.diag.DatasetException {
        streamed(Kind.DEFLATED, name, size, content);
    }

    /** An entry prepared elsewhere (deflated, or read and checked): its data as stored, with the checksum and sizes known. */
    void raw(Kind kind, String name, long size, long compressedSize, long crc, InputStream data) throws IOException {
        byte[] n = encode(name);
        long offset = position();
        boolean zip64 = size >= MAX32 || compressedSize >= MAX32;
        writeLocalHeader(kind, n, crc, compressedSize, size, zip64);
        byte[] chunk = new byte[32768];
        long copied = 0;
        for (int read; (read = data.read(chunk)) >= 0; copied += read) {
            write(chunk, 0, read);
        }
        if (copied != compressedSize) {
            throw new IOException("the data of '" + name + "' is " + copied + " bytes, not " + compressedSize);
        }
        directory.add(n, kind, crc, compressedSize, size, offset, zip64);
    }

    /**
     * An entry whose checksum (and compressed size) is known once written: its local header gets zeros first, then
     * the values, as commons-compress wrote them seeking back.
     */
    private void streamed(Kind kind, String name, long size, Content content)
            throws IOException, org.datasetkit.core.diag.DatasetException {
        byte[] n = encode(name);
        long offset = position();
        boolean zip64 = size >= MAX32;
        writeLocalHeader(kind, n, 0, 0, 0, zip64);
        long dataStart = position();
        CRC32 crc = new CRC32();
        long[] read = new long[1];
        OutputStream entry = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                crc.update(b, off, len);
                read[0] += len;
                if (kind == Kind.DEFLATED) {
                    deflate(b, off, len);
                } else {
                    ZipOutput.this.write(b, off, len);
                }
            }
        };
        content.writeTo(entry);
        if (kind == Kind.DEFLATED) {
            finishDeflating();
        }
        if (read[0] != size) {
            throw new IOException("'" + name + "' was " + read[0] + " bytes when written, not the " + size + " expected");
        }
        long compressedSize = position() - dataStart;
        byte[] values = new byte[12];
        putInt(values, 0, (int) crc.getValue());
        putInt(values, 4, (int) (zip64 ? MAX32 : compressedSize));
        putInt(values, 8, (int) (zip64 ? MAX32 : size));
        patch(offset + 14, values);
        if (zip64) {
            byte[] sizes = new byte[16];
            putLong(sizes, 0, size);
            putLong(sizes, 8, compressedSize);
            patch(offset + LOCAL_FIXED + n.length + 4, sizes);
        }
        directory.add(n, kind, crc.getValue(), compressedSize, size, offset, zip64);
    }

    private void writeLocalHeader(Kind kind, byte[] name, long crc, long compressedSize, long size, boolean zip64)
            throws IOException {
        byte[] h = new byte[LOCAL_FIXED + name.length + (zip64 ? ZIP64_LOCAL_EXTRA : 0)];
        putInt(h, 0, LOCAL);
        putShort(h, 4, zip64 ? 45 : kind.versionNeeded());
        putShort(h, 6, UTF8_NAMES);
        putShort(h, 8, kind.method());
        System.arraycopy(dosTime, 0, h, 10, 4);
        putInt(h, 14, (int) crc);
        putInt(h, 18, (int) (zip64 ? MAX32 : compressedSize));
        putInt(h, 22, (int) (zip64 ? MAX32 : size));
        putShort(h, 26, name.length);
        putShort(h, 28, zip64 ? ZIP64_LOCAL_EXTRA : 0);
        System.arraycopy(name, 0, h, LOCAL_FIXED, name.length);
        if (zip64) {
            int at = LOCAL_FIXED + name.length;
            putShort(h, at, 1);
            putShort(h, at + 2, 16);
            putLong(h, at + 4, size);
            putLong(h, at + 12, compressedSize);
        }
        write(h, 0, h.length);
    }

    /** The central directory and its end records (ZIP64 ones when anything needed them, or 65,535 entries or more). */
    void finish() throws IOException {
        long directoryOffset = position();
        directory.copyTo(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ZipOutput.this.write(b, off, len);
            }
        });
        long entries = directory.entries();
        long length = directory.length();
        if (directory.usedZip64() || entries >= 0xFFFF || length >= MAX32 || directoryOffset >= MAX32) {
            long end64 = position();
            byte[] e = new byte[56 + 20];
            putInt(e, 0, 0x06064b50);
            putLong(e, 4, 44);
            putShort(e, 12, 45);
            putShort(e, 14, 45);
            putLong(e, 24, entries); // after this disk's and the directory's disk numbers, both 0
            putLong(e, 32, entries);
            putLong(e, 40, length);
            putLong(e, 48, directoryOffset);
            putInt(e, 56, 0x07064b50);
            putLong(e, 64, end64);
            putInt(e, 72, 1);
            write(e, 0, e.length);
        }
        byte[] end = new byte[22];
        putInt(end, 0, 0x06054b50);
        putShort(end, 8, (int) Math.min(entries, 0xFFFF));
        putShort(end, 10, (int) Math.min(entries, 0xFFFF));
        putInt(end, 12, (int) Math.min(length, MAX32));
        putInt(end, 16, (int) Math.min(directoryOffset, MAX32));
        write(end, 0, end.length);
        flush();
    }

    private byte[] encode(String name) throws IOException {
        try {
            ByteBuffer b = utf8.encode(CharBuffer.wrap(name));
            byte[] bytes = Arrays.copyOf(b.array(), b.limit());
            if (bytes.length > MAX_NAME) {
                throw new IOException("the entry name '" + name + "' is " + bytes.length
                        + " bytes in UTF-8; a zip holds names of up to 65,535");
            }
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IOException("the entry name '" + name + "' cannot be written in UTF-8 (" + e.getMessage() + ")");
        }
    }

    private void deflate(byte[] b, int off, int len) throws IOException {
        for (int at = off; at < off + len; at += CHUNK) {
            deflater.setInput(b, at, Math.min(CHUNK, off + len - at));
            while (!deflater.needsInput()) {
                drain();
            }
        }
    }

    private void finishDeflating() throws IOException {
        deflater.finish();
        while (!deflater.finished()) {
            drain();
        }
        deflater.reset();
    }

    private void drain() throws IOException {
        int n = deflater.deflate(deflated, 0, deflated.length);
        write(deflated, 0, n);
    }

    private long position() {
        return bufferStart + count;
    }

    private void write(byte[] b, int off, int len) throws IOException {
        if (count + len > buffer.length) {
            flush();
        }
        if (len >= buffer.length) {
            writeFully(ByteBuffer.wrap(b, off, len));
            bufferStart += len;
        } else {
            System.arraycopy(b, off, buffer, count, len);
            count += len;
        }
    }

    private void flush() throws IOException {
        writeFully(ByteBuffer.wrap(buffer, 0, count));
        bufferStart += count;
        count = 0;
    }

    private void writeFully(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    /** Overwrites bytes already written, whether still in the buffer or already in the file. */
    private void patch(long at, byte[] bytes) throws IOException {
        int inFile = (int) Math.max(0, Math.min(bytes.length, bufferStart - at));
        if (inFile > 0) {
            channel.position(at);
            writeFully(ByteBuffer.wrap(bytes, 0, inFile));
            channel.position(bufferStart);
        }
        if (inFile < bytes.length) {
            System.arraycopy(bytes, inFile, buffer, (int) (at + inFile - bufferStart), bytes.length - inFile);
        }
    }

    static void putShort(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
    }

    static void putInt(byte[] b, int at, int value) {
        putShort(b, at, value);
        putShort(b, at + 2, value >>> 16);
    }

    static void putLong(byte[] b, int at, long value) {
        putInt(b, at, (int) value);
        putInt(b, at + 4, (int) (value >>> 32));
    }

    static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    /** Removes the directory's scratch file; the channel is the caller's. */
    @Override
    public void close() throws IOException {
        deflater.end();
        directory.close();
    }
}
