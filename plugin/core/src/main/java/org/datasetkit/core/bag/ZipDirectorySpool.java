package org.datasetkit.core.bag;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A zip's central directory, one record per entry, written to a scratch file as the entries are written and copied
 * to the archive's end when it is finished: commons-compress kept an entry object, its name and its metadata per
 * file until then (443 bytes a file, 440 MB at a million). The records are the bytes commons-compress 1.28 writes
 * for the same entries ({@code ZipArchiveOutputStream} with ZIP64 as needed, UTF-8 names flagged, Unix modes), so
 * the archive stays the same, byte for byte.
 */
final class ZipDirectorySpool implements AutoCloseable {

    static final long MAX32 = 0xFFFFFFFFL;
    private static final int CENTRAL = 0x02014b50;
    private static final int UNIX = 3;
    private static final int MADE_BY_OFFSET = 4;
    private static final int FIXED = 46;

    private final Path file;
    private final byte[] dosTime;
    private final OutputStream out;
    private final byte[] header = new byte[FIXED];
    private long entries;
    private long length;
    /** Whether an entry so far used ZIP64 (commons-compress's {@code hasUsedZip64}, which sets "version made by"). */
    private boolean zip64SoFar;
    /** Whether a local header used ZIP64: commons-compress then writes every record with version 4.5. */
    private boolean localZip64;

    /**
     * @param file the scratch file, created here; deleted on close
     * @param dosTime the entries' time, the same for all, as the 4 bytes of a DOS time and date
     */
    ZipDirectorySpool(Path file, byte[] dosTime) throws IOException {
        this.file = file;
        this.dosTime = dosTime.clone();
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    /**
     * The record of one entry written at {@code offset}.
     *
     * @param localZip64 whether its local header carries a ZIP64 extra field (sizes of 4 GiB or more)
     */
    void add(byte[] name, ZipOutput.Kind kind, long crc, long compressedSize, long size, long offset, boolean localZip64)
            throws IOException {
        boolean largeSizes = compressedSize >= MAX32 || size >= MAX32;
        boolean largeOffset = offset >= MAX32;
        boolean zip64 = localZip64 || largeSizes || largeOffset;
        this.localZip64 |= localZip64;
        zip64SoFar |= zip64;
        int extraLength = zip64 ? 4 + (largeSizes ? 16 : 0) + (largeOffset ? 8 : 0) : 0;
        putInt(0, CENTRAL);
        putShort(MADE_BY_OFFSET, UNIX << 8 | (zip64SoFar ? 45 : 20));
        putShort(6, zip64 ? 45 : kind.versionNeeded());
        putShort(8, ZipOutput.UTF8_NAMES);
        putShort(10, kind.method());
        System.arraycopy(dosTime, 0, header, 12, 4);
        putInt(16, (int) crc);
        putInt(20, (int) (largeSizes ? MAX32 : compressedSize));
        putInt(24, (int) (largeSizes ? MAX32 : size));
        putShort(28, name.length);
        putShort(30, extraLength);
        putShort(32, 0); // comment
        putShort(34, 0); // disk
        putShort(36, 0); // internal attributes
        putInt(38, kind.externalAttributes());
        putInt(42, (int) (largeOffset ? MAX32 : offset));
        out.write(header);
        out.write(name);
        if (zip64) {
            byte[] extra = new byte[extraLength];
            ZipOutput.putShort(extra, 0, 1);
            ZipOutput.putShort(extra, 2, extraLength - 4);
            int at = 4;
            if (largeSizes) {
                ZipOutput.putLong(extra, at, size);
                ZipOutput.putLong(extra, at + 8, compressedSize);
                at += 16;
            }
            if (largeOffset) {
                ZipOutput.putLong(extra, at, offset);
            }
            out.write(extra);
        }
        entries++;
        length += FIXED + name.length + extraLength;
    }

    long entries() {
        return entries;
    }

    /** The directory's length in bytes. */
    long length() {
        return length;
    }

    /** Whether anything used ZIP64, which calls for the ZIP64 end records. */
    boolean usedZip64() {
        return zip64SoFar;
    }

    /**
     * Copies the records to {@code archive}, with "version made by" 4.5 in every record when
     * a local header used ZIP64 (commons-compress decides it for the whole directory).
     */
    void copyTo(OutputStream archive) throws IOException {
        out.close();
        byte[] name = new byte[ZipOutput.MAX_NAME + 64];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (long i = 0; i < entries; i++) {
                readFully(in, header, FIXED);
                if (localZip64) {
                    putShort(MADE_BY_OFFSET, UNIX << 8 | 45);
                }
                archive.write(header);
                int rest = ZipOutput.u16(header, 28) + ZipOutput.u16(header, 30);
                readFully(in, name, rest);
                archive.write(name, 0, rest);
            }
        }
    }

    private static void readFully(InputStream in, byte[] into, int length) throws IOException {
        if (in.readNBytes(into, 0, length) != length) {
            throw new IOException("the zip's central directory spool was cut short");
        }
    }

    private void putShort(int at, int value) {
        ZipOutput.putShort(header, at, value);
    }

    private void putInt(int at, int value) {
        ZipOutput.putInt(header, at, value);
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
