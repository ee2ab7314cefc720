package org.datasetkit.core.bag;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A zip's central directory, read on its own: the end record (and its Zip64 locator and record), then every
 * directory entry, without touching the local headers (a fast verification of 20,000 entries read each local header
 * through commons-compress, a second pass over the whole archive). Everything that would make the directory a lie
 * about the archive is refused, naming the archive and the offset: a comment whose length does not reach the end,
 * more than one disk, entry counts that disagree, offsets outside the archive, names that are not UTF-8.
 */
final class ZipCentralDirectory {

    static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_END = 0x06064b50;
    private static final int END_SIZE = 22;
    private static final int CENTRAL_SIZE = 46;
    private static final long MAX16 = 0xFFFF;
    private static final long MAX32 = 0xFFFFFFFFL;

    /**
     * One entry as the directory lists it.
     *
     * @param offset where its directory entry starts, for messages
     */
    record Entry(String name, int flags, int method, long crc, long compressedSize, long size, long localOffset,
            boolean directory, boolean symlink, long offset) {}

    /**
     * What the directory says.
     *
     * @param entries in directory order
     * @param entriesEnd where the directory starts: every entry's local header and data lie before it
     */
    record Listing(List<Entry> entries, long entriesEnd) {}

    /** Where the directory lies and how many entries it holds, from the end record (Zip64 or not). */
    private record End(long entries, long directorySize, long directoryOffset, long directoryEnd) {}

    private final String archive;
    private final FileChannel channel;
    private final long archiveSize;

    private ZipCentralDirectory(String archive, FileChannel channel) throws IOException {
        this.archive = archive;
        this.channel = channel;
        this.archiveSize = channel.size();
    }

    /** The directory of the zip open in {@code channel}; {@code archive} names it in messages. */
    static Listing read(String archive, FileChannel channel) throws IOException {
        List<Entry> entries = new ArrayList<>();
        long entriesEnd = scan(archive, channel, entries::add);
        return new Listing(entries, entriesEnd);
    }

    /**
     * Each entry of the directory, in its order, to {@code each}, none of them held: a million entries with their
     * names were the largest thing the verification of a bundle held. Answers where the directory starts.
     */
    static long scan(String archive, FileChannel channel, Consumer<Entry> each) throws IOException {
        ZipCentralDirectory reader = new ZipCentralDirectory(archive, channel);
        End end = reader.end();
        reader.entries(end, each);
        return end.directoryOffset();
    }

    /**
     * The entry whose directory entry starts at {@code offset}, read again with the same checks.
     *
     * @param entriesEnd where the directory starts ({@link #scan}'s answer)
     */
    static Entry at(String archive, FileChannel channel, long offset, long entriesEnd) throws IOException {
        ZipCentralDirectory reader = new ZipCentralDirectory(archive, channel);
        ByteBuffer fixed = reader.readAt(offset, CENTRAL_SIZE);
        int rest = u16(fixed, 28) + u16(fixed, 30) + u16(fixed, 32);
        byte[] whole = new byte[CENTRAL_SIZE + rest];
        fixed.get(0, whole, 0, CENTRAL_SIZE);
        reader.readAt(offset + CENTRAL_SIZE, rest).get(0, whole, CENTRAL_SIZE, rest);
        return reader.entry(new DataInputStream(new ByteArrayInputStream(whole)), offset, entriesEnd);
    }

    /** The directory's end: the last end record whose comment reaches exactly the end of the file. */
    private End end() throws IOException {
        int tail = (int) Math.min(archiveSize, END_SIZE + MAX16);
        ByteBuffer b = readAt(archiveSize - tail, tail);
        for (int at = tail - END_SIZE; at >= 0; at--) {
            if (b.getInt(at) == END && at + END_SIZE + u16(b, at + 20) == tail) {
                return end(b, at, archiveSize - tail + at);
            }
        }
        throw malformed(archiveSize, "no end of central directory record (not a zip, or cut short)");
    }

    private End end(ByteBuffer b, int at, long position) throws IOException {
        if (u16(b, at + 4) != 0 || u16(b, at + 6) != 0) {
            throw malformed(position, "the archive spans several disks; only single-file zips are read");
        }
        long onDisk = u16(b, at + 8);
        long entries = u16(b, at + 10);
        long size = u32(b, at + 12);
        long offset = u32(b, at + 16);
        if (position >= 20 && readAt(position - 20, 4).getInt(0) == ZIP64_LOCATOR) {
            return zip64(position - 20, new long[] {onDisk, entries, size, offset});
        }
        return checked(position, onDisk, entries, size, offset, position);
    }

    /** The Zip64 end record the locator at {@code locator} points to; the classic fields must be its or maxed out. */
    private End zip64(long locator, long[] classic) throws IOException {
        ByteBuffer l = readAt(locator, 20);
        long recordAt = l.getLong(8);
        if (l.getInt(4) != 0 || l.getInt(16) > 1) {
            throw malformed(locator, "the Zip64 locator names several disks; only single-file zips are read");
        }
        if (recordAt < 0 || recordAt + 56 > locator) {
            throw malformed(locator, "the Zip64 locator points at offset " + recordAt + ", outside the archive's directory end");
        }
        ByteBuffer r = readAt(recordAt, 56);
        if (r.getInt(0) != ZIP64_END) {
            throw malformed(recordAt, "no Zip64 end of central directory record where the locator points");
        }
        if (r.getInt(16) != 0 || r.getInt(20) != 0) {
            throw malformed(recordAt, "the archive spans several disks; only single-file zips are read");
        }
        long[] wide = {r.getLong(24), r.getLong(32), r.getLong(40), r.getLong(48)};
        long[] max = {MAX16, MAX16, MAX32, MAX32};
        for (int i = 0; i < 4; i++) {
            if (classic[i] != max[i] && classic[i] != wide[i]) {
                throw malformed(recordAt, "the Zip64 end record disagrees with the classic one (" + wide[i] + " against "
                        + classic[i] + ")");
            }
        }
        return checked(recordAt, wide[0], wide[1], wide[2], wide[3], recordAt);
    }

    private End checked(long position, long onDisk, long entries, long size, long offset, long directoryEnd)
            throws IOException {
        if (onDisk != entries) {
            throw malformed(position, "the end record counts " + onDisk + " entries on this disk but " + entries + " in all");
        }
        if (size < 0 || offset < 0 || offset + size > directoryEnd || offset + size < offset) {
            throw malformed(position, "the central directory (" + size + " bytes at offset " + offset
                    + ") does not lie inside the archive before its end record at " + directoryEnd);
        }
        if (entries < 0 || entries > size / CENTRAL_SIZE) {
            throw malformed(position, "the end record counts " + entries + " entries, more than " + size
                    + " bytes of directory can hold");
        }
        return new End(entries, size, offset, directoryEnd);
    }

    private void entries(End end, Consumer<Entry> each) throws IOException {
        long count = 0;
        DataInputStream in = new DataInputStream(new BufferedInputStream(
                Channels.newInputStream(channel.position(end.directoryOffset())), 1 << 16));
        long at = end.directoryOffset();
        long stop = end.directoryOffset() + end.directorySize();
        try {
            while (at < stop) {
                if (count == end.entries()) {
                    throw malformed(at, "the directory goes on after the " + end.entries() + " entries the end record counts");
                }
                each.accept(entry(in, at, end.directoryOffset()));
                count++;
                at += consumed;
            }
        } catch (EOFException e) {
            throw malformed(at, "the central directory is cut short");
        }
        if (count != end.entries() || at != stop) {
            throw malformed(at, "the directory holds " + count + " entries where the end record counts "
                    + end.entries());
        }
    }

    /** The length of the directory entry read last (fixed part, name, extra field and comment). */
    private long consumed;

    private Entry entry(DataInputStream in, long at, long entriesEnd) throws IOException {
        byte[] fixed = new byte[CENTRAL_SIZE];
        in.readFully(fixed);
        ByteBuffer h = ByteBuffer.wrap(fixed).order(ByteOrder.LITTLE_ENDIAN);
        if (h.getInt(0) != CENTRAL) {
            throw malformed(at, "expected a central directory entry");
        }
        int madeBy = u16(h, 4);
        int flags = u16(h, 8);
        int method = u16(h, 10);
        long crc = u32(h, 16);
        long[] wide = {u32(h, 24), u32(h, 20), u32(h, 42), u16(h, 34)}; // size, compressed, local offset, disk
        byte[] name = new byte[u16(h, 28)];
        byte[] extra = new byte[u16(h, 30)];
        in.readFully(name);
        in.readFully(extra);
        in.skipNBytes(u16(h, 32));
        consumed = CENTRAL_SIZE + name.length + extra.length + (long) u16(h, 32);
        zip64Extra(extra, wide, at);
        String decoded = utf8(name, at);
        if (wide[3] != 0) {
            throw malformed(at, "the entry '" + decoded + "' starts on another disk");
        }
        if (wide[0] < 0 || wide[1] < 0 || wide[2] < 0 || wide[2] > entriesEnd - 30) {
            throw malformed(at, "the entry '" + decoded + "' has its local header at offset " + wide[2]
                    + ", outside the archive's entries (which end at " + entriesEnd + ")");
        }
        boolean symlink = (madeBy >> 8) == 3 && ((u32(h, 38) >>> 16) & 0170000) == 0120000;
        return new Entry(decoded, flags, method, crc, wide[1], wide[0], wide[2], decoded.endsWith("/"), symlink, at);
    }

    /** Replaces the maxed-out fields of {@code wide} (size, compressed size, local offset, disk) by the Zip64 extra's. */
    private void zip64Extra(byte[] extra, long[] wide, long at) throws IOException {
        ByteBuffer x = ByteBuffer.wrap(extra).order(ByteOrder.LITTLE_ENDIAN);
        int i = 0;
        while (i + 4 <= extra.length) {
            int id = u16(x, i);
            int length = u16(x, i + 2);
            if (i + 4 + length > extra.length) {
                throw malformed(at, "an extra field runs past the end of its entry");
            }
            if (id == 1) {
                int field = i + 4;
                long[] max = {MAX32, MAX32, MAX32, MAX16};
                for (int f = 0; f < 4; f++) {
                    if (wide[f] == max[f]) {
                        int width = f == 3 ? 4 : 8;
                        if (field + width > i + 4 + length) {
                            throw malformed(at, "the Zip64 extra field is too short for the values it must give");
                        }
                        wide[f] = f == 3 ? u32(x, field) : x.getLong(field);
                        field += width;
                    }
                }
                return;
            }
            i += 4 + length;
        }
        if (wide[0] == MAX32 || wide[1] == MAX32 || wide[2] == MAX32) {
            throw malformed(at, "a size or offset is maxed out (0xFFFFFFFF) but the entry has no Zip64 extra field");
        }
    }

    private String utf8(byte[] name, long at) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(name)).toString();
        } catch (CharacterCodingException e) {
            throw malformed(at, "an entry's name is not UTF-8");
        }
    }

    private ByteBuffer readAt(long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (channel.read(b, position + b.position()) < 0) {
                throw malformed(position, "the archive ends early");
            }
        }
        return b.flip();
    }

    private IOException malformed(long offset, String what) {
        return malformed(archive, offset, what);
    }

    /** A malformed zip, said with the archive and the offset. */
    static IOException malformed(String archive, long offset, String what) {
        return new IOException(archive + " is not a well-formed zip: " + what + " (at offset " + offset + ")");
    }

    static int u16(ByteBuffer b, int at) {
        return b.getShort(at) & 0xFFFF;
    }

    static long u32(ByteBuffer b, int at) {
        return b.getInt(at) & MAX32;
    }
}
