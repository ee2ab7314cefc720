package org.datasetkit.core.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks the image file directories of a TIFF or BigTIFF structure — a TIFF file, the EXIF block of a JPEG or PNG —
 * following the IFD chain and the EXIF, GPS, interoperability and sub-IFD pointers, and returns the tags that can hold
 * text. Pixels are never read. Every offset must lie inside the data and every IFD is visited once; anything else is
 * a {@link FileDefect}, since a directory that cannot be followed could hide a tag.
 */
final class TiffReader {

    /** A text-bearing tag: its name, its value as text, or (XMP, IPTC) its raw bytes. */
    record Tag(int id, String name, String text, byte[] raw) {}

    private static final int MAX_IFDS = 1024;
    private static final int MAX_VALUE = 1 << 20;
    private static final int EXIF_IFD = 0x8769;
    private static final int GPS_IFD = 0x8825;
    private static final int INTEROP_IFD = 0xA005;
    private static final int SUB_IFDS = 0x014A;
    static final int XMP = 0x02BC;
    static final int IPTC = 0x83BB;

    private final RandomBytes data;
    private boolean little;
    private boolean big;

    TiffReader(RandomBytes data) {
        this.data = data;
    }

    List<Tag> read() throws IOException {
        byte[] head = bytes(0, 16 > data.size() ? 8 : 16, "the TIFF header");
        if (head[0] == 'I' && head[1] == 'I') {
            little = true;
        } else if (!(head[0] == 'M' && head[1] == 'M')) {
            throw new FileDefect("it does not start with a TIFF byte-order mark (II or MM)");
        }
        int magic = (int) number(head, 2, 2);
        long first;
        if (magic == 42) {
            first = number(head, 4, 4);
        } else if (magic == 43 && head.length == 16 && number(head, 4, 2) == 8) {
            big = true;
            first = number(head, 8, 8);
        } else {
            throw new FileDefect("its TIFF header has the version " + magic + ", neither 42 (TIFF) nor 43 (BigTIFF)");
        }
        List<Tag> tags = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Deque<Long> pending = new ArrayDeque<>();
        pending.add(first);
        while (!pending.isEmpty()) {
            long at = pending.poll();
            if (at == 0) {
                continue;
            }
            if (!seen.add(at)) {
                throw new FileDefect("its IFD at byte " + at + " is reached twice: the directories form a loop");
            }
            if (seen.size() > MAX_IFDS) {
                throw new FileDefect("it has more than " + MAX_IFDS + " image file directories");
            }
            pending.addAll(directory(at, tags));
        }
        return tags;
    }

    /** Reads one IFD into {@code tags}; returns the offsets of the IFDs it points to. */
    private List<Long> directory(long at, List<Tag> tags) throws IOException {
        int countSize = big ? 8 : 2;
        int entrySize = big ? 20 : 12;
        long count = number(bytes(at, countSize, "the entry count of the IFD at byte " + at), 0, countSize);
        if (count > 65_535) {
            throw new FileDefect("its IFD at byte " + at + " declares " + count + " entries");
        }
        byte[] entries = bytes(at + countSize, (int) count * entrySize + (big ? 8 : 4), "the IFD at byte " + at);
        List<Long> next = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int e = i * entrySize;
            int id = (int) number(entries, e, 2);
            int type = (int) number(entries, e + 2, 2);
            long n = number(entries, e + 4, big ? 8 : 4);
            int valueAt = e + (big ? 12 : 8);
            if (id == EXIF_IFD || id == GPS_IFD || id == INTEROP_IFD || id == SUB_IFDS) {
                next.addAll(offsets(entries, valueAt, type, n, at));
                continue;
            }
            String name = TiffTags.name(id);
            if (name == null) {
                continue;
            }
            byte[] value = value(entries, valueAt, type, n, id);
            if (value != null) {
                tags.add(new Tag(id, name, TiffTags.text(id, type, value, little), value));
            }
        }
        next.add(number(entries, (int) count * entrySize, big ? 8 : 4));
        return next;
    }

    private List<Long> offsets(byte[] entries, int valueAt, int type, long n, long ifd) throws IOException {
        int size = type == 16 || type == 18 ? 8 : 4;
        if (n > MAX_IFDS || n < 1) {
            throw new FileDefect("its IFD at byte " + ifd + " points to " + n + " sub-directories");
        }
        byte[] raw = n * size <= (big ? 8 : 4) ? java.util.Arrays.copyOfRange(entries, valueAt, valueAt + (int) n * size)
                : bytes(number(entries, valueAt, big ? 8 : 4), (int) n * size, "a sub-IFD list");
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(number(raw, i * size, size));
        }
        return out;
    }

    /** The value's bytes (at most {@link #MAX_VALUE}), or null for a type that holds no text. */
    private byte[] value(byte[] entries, int valueAt, int type, long n, int id) throws IOException {
        int unit = switch (type) {
            case 1, 2, 6, 7 -> 1;
            case 3, 8 -> 2;
            case 4, 9, 11, 13 -> 4;
            case 5, 10, 12, 16, 17, 18 -> 8;
            default -> 0;
        };
        if (unit == 0 || unit > 1 && id != IPTC) {
            return null; // numbers: resolution, sizes, offsets; IPTC is sometimes typed LONG
        }
        if (n < 0 || n > Long.MAX_VALUE / 8) {
            throw new FileDefect("tag " + id + " declares " + Long.toUnsignedString(n) + " values");
        }
        long length = n * unit;
        int inline = big ? 8 : 4;
        int keep = (int) Math.min(length, MAX_VALUE);
        if (length <= inline) {
            return java.util.Arrays.copyOfRange(entries, valueAt, valueAt + keep);
        }
        long offset = number(entries, valueAt, inline);
        if (offset + length > data.size() || offset < 0) {
            throw new FileDefect("the value of tag " + TiffTags.name(id) + " at byte " + offset + " (" + length
                    + " bytes) runs past the end of the data (" + data.size() + " bytes)");
        }
        return bytes(offset, keep, "the value of tag " + TiffTags.name(id));
    }

    private byte[] bytes(long at, int length, String what) throws IOException {
        if (at < 0 || length < 0 || at + length > data.size()) {
            throw new FileDefect(what + " (" + length + " bytes at byte " + at + ") lies past the end of the data ("
                    + data.size() + " bytes): it is truncated or an offset is wrong");
        }
        byte[] out = new byte[length];
        data.read(at, out, length);
        return out;
    }

    private long number(byte[] b, int at, int size) {
        long v = 0;
        for (int i = 0; i < size; i++) {
            int shift = little ? 8 * i : 8 * (size - 1 - i);
            v |= (b[at + i] & 0xffL) << shift;
        }
        return v;
    }

    static String ascii(byte[] value) {
        return new String(value, StandardCharsets.ISO_8859_1);
    }
}
