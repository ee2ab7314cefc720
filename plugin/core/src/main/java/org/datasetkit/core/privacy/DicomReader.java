package org.datasetkit.core.privacy;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads the header of a DICOM Part 10 file, without any library: the preamble and {@code DICM}, the meta header
 * (always explicit VR little endian), then the data set in its transfer syntax — implicit or explicit VR little
 * endian, explicit VR big endian, or deflated — walking sequences and items of defined and undefined length, and
 * stopping at the pixel data. Anything it cannot make sense of is a {@link DicomFormatException}: the gate fails
 * closed rather than guess.
 */
public final class DicomReader {

    static final String IMPLICIT_LE = "1.2.840.10008.1.2";
    static final String EXPLICIT_BE = "1.2.840.10008.1.2.2";
    static final String DEFLATED = "1.2.840.10008.1.2.1.99";

    private static final int PIXEL_DATA = 0x7FE00010;
    private static final int ITEM = 0xFFFEE000;
    private static final int ITEM_END = 0xFFFEE00D;
    private static final int SEQUENCE_END = 0xFFFEE0DD;
    private static final long UNDEFINED = 0xFFFFFFFFL;
    /** Values longer than this are skipped, not kept: no identifying text is that long, and memory stays bounded. */
    private static final int KEEP_VALUE = 64 * 1024;
    private static final int MAX_DEPTH = 32;

    private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV");

    /** VRs of the tags an implicit-VR file cannot tell us, that the rules read: names and sequences. */
    private static final Map<Integer, String> IMPLICIT_VR = Map.ofEntries(
            Map.entry(0x00100010, "PN"), Map.entry(0x00080090, "PN"), Map.entry(0x00081050, "PN"),
            Map.entry(0x00081060, "PN"), Map.entry(0x00081070, "PN"), Map.entry(0x00081048, "PN"),
            Map.entry(0x00101001, "PN"), Map.entry(0x00101005, "PN"), Map.entry(0x00101060, "PN"),
            Map.entry(0x00321032, "PN"), Map.entry(0x0040A123, "PN"), Map.entry(0x00120064, "SQ"),
            Map.entry(0x00081140, "SQ"), Map.entry(0x00081110, "SQ"), Map.entry(0x00081115, "SQ"),
            Map.entry(0x0040A730, "SQ"), Map.entry(0x0040A043, "SQ"), Map.entry(0x00081032, "SQ"),
            Map.entry(0x00540016, "SQ"), Map.entry(0x00400275, "SQ"), Map.entry(0x00080100, "SH"),
            Map.entry(0x00080102, "SH"), Map.entry(0x00080104, "LO"));

    /** Reads the header; {@code in} must be positioned at the file's first byte. */
    public DicomHeader read(InputStream in) throws IOException, DicomFormatException {
        try {
            return readHeader(in);
        } catch (EOFException e) {
            throw new DicomFormatException("the file ends inside the header (" + e.getMessage() + ")");
        } catch (java.util.zip.ZipException e) {
            throw new DicomFormatException("the deflated data set cannot be inflated (" + e.getMessage() + ")");
        }
    }

    private DicomHeader readHeader(InputStream in) throws IOException, DicomFormatException {
        DataInputStream data = new DataInputStream(in);
        byte[] preamble = new byte[132];
        try {
            data.readFully(preamble);
        } catch (EOFException e) {
            throw new DicomFormatException("shorter than a DICOM preamble (132 bytes)");
        }
        if (preamble[128] != 'D' || preamble[129] != 'I' || preamble[130] != 'C' || preamble[131] != 'M') {
            throw new DicomFormatException("no 'DICM' at byte 128: not a DICOM Part 10 file");
        }
        boolean executable = (preamble[0] == 'M' && preamble[1] == 'Z')
                || (preamble[0] == 0x7f && preamble[1] == 'E' && preamble[2] == 'L' && preamble[3] == 'F');
        List<DicomElement> elements = new ArrayList<>();
        Cursor meta = new Cursor(data, false, true);
        String syntax = null;
        while (true) {
            int group = meta.peekGroup();
            if (group != 0x0002) {
                break;
            }
            DicomElement e = meta.element("", 0);
            if (e == null) {
                break;
            }
            elements.add(e);
            if (e.tag() == 0x00020010) {
                syntax = new String(e.value(), StandardCharsets.US_ASCII).replace("\0", "").trim();
            }
        }
        if (syntax == null || syntax.isEmpty()) {
            throw new DicomFormatException("the meta header has no Transfer Syntax UID (0002,0010)");
        }
        DataInputStream body = meta.remaining();
        if (syntax.equals(DEFLATED)) {
            body = new DataInputStream(new InflaterInputStream(body, new Inflater(true), 8192));
        }
        Cursor cursor = new Cursor(body, syntax.equals(EXPLICIT_BE), !syntax.equals(IMPLICIT_LE));
        cursor.items(elements, "", 0, UNDEFINED, true);
        return new DicomHeader(syntax, executable, elements);
    }

    /** Reads elements in one encoding. */
    private static final class Cursor {
        private final PushbackData in;
        private final boolean bigEndian;
        private final boolean explicit;

        Cursor(DataInputStream in, boolean bigEndian, boolean explicit) {
            this(new PushbackData(in), bigEndian, explicit);
        }

        private Cursor(PushbackData in, boolean bigEndian, boolean explicit) {
            this.in = in;
            this.bigEndian = bigEndian;
            this.explicit = explicit;
        }

        DataInputStream remaining() {
            return in.remaining();
        }

        int peekGroup() throws IOException {
            byte[] two = in.peek(2);
            if (two == null) {
                return -1;
            }
            return bigEndian ? (two[0] & 0xff) << 8 | (two[1] & 0xff) : (two[0] & 0xff) | (two[1] & 0xff) << 8;
        }

        /**
         * Reads elements until {@code length} bytes are used (or, undefined, until the delimiter or the end), adding
         * them to {@code out}; stops at the top-level pixel data.
         */
        long items(List<DicomElement> out, String prefix, int depth, long length, boolean topLevel)
                throws IOException, DicomFormatException {
            long start = in.position();
            while (length == UNDEFINED || in.position() - start < length) {
                if (in.peek(1) == null) {
                    if (length != UNDEFINED && !topLevel) {
                        throw new DicomFormatException("the file ends inside a sequence");
                    }
                    break;
                }
                int tag = readTag();
                if (tag == ITEM_END || tag == SEQUENCE_END) {
                    readUInt32();
                    break;
                }
                if (topLevel && tag == PIXEL_DATA) {
                    break; // header read: the rest is image
                }
                DicomElement e = element(tag, prefix, depth, out);
                if (e != null) {
                    out.add(e);
                }
            }
            return in.position() - start;
        }

        DicomElement element(String prefix, int depth) throws IOException, DicomFormatException {
            int tag = readTag();
            return element(tag, prefix, depth, null);
        }

        private DicomElement element(int tag, String prefix, int depth, List<DicomElement> out)
                throws IOException, DicomFormatException {
            String path = prefix + DicomElement.tagString(tag);
            String vr;
            long length;
            if (explicit && (tag >>> 16) != 0xFFFE) {
                vr = new String(in.read(2), StandardCharsets.US_ASCII);
                if (!vr.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                    throw new DicomFormatException("element " + path + " has no valid VR ('" + vr + "')");
                }
                if (LONG_VRS.contains(vr)) {
                    in.read(2);
                    length = readUInt32();
                } else {
                    length = readUInt16();
                }
            } else {
                vr = IMPLICIT_VR.getOrDefault(tag, "UN");
                length = readUInt32();
            }
            if (depth > MAX_DEPTH) {
                throw new DicomFormatException("sequences nest deeper than " + MAX_DEPTH + " levels at " + path);
            }
            boolean sequence = vr.equals("SQ") || (length == UNDEFINED && !vr.equals("OB") && !vr.equals("OW"))
                    || (vr.equals("UN") && length >= 8 && startsWithItem());
            if (sequence && out != null) {
                out.add(new DicomElement(tag, "SQ", new byte[0], path));
                // A UN sequence is encoded implicit VR little endian inside, whatever the file's syntax.
                Cursor inside = vr.equals("UN") ? new Cursor(in, false, false) : this;
                inside.readItems(out, path, depth, length);
                return null;
            }
            if (length == UNDEFINED) {
                throw new DicomFormatException("element " + path + " has an undefined length outside a sequence");
            }
            if (length > KEEP_VALUE) {
                in.skip(length);
                return new DicomElement(tag, vr, new byte[0], path, length);
            }
            return new DicomElement(tag, vr, in.read((int) length), path, length);
        }

        private void readItems(List<DicomElement> out, String path, int depth, long length)
                throws IOException, DicomFormatException {
            long start = in.position();
            int index = 0;
            while (length == UNDEFINED || in.position() - start < length) {
                int tag = readTag();
                long itemLength = readUInt32();
                if (tag == SEQUENCE_END) {
                    return;
                }
                if (tag != ITEM) {
                    throw new DicomFormatException("sequence " + path + " holds " + DicomElement.tagString(tag)
                            + " where an item was expected");
                }
                items(out, path + "[" + index + "]>", depth + 1, itemLength, false);
                index++;
            }
        }

        /** Implicit VR: a defined-length value that begins with an item tag is a sequence. */
        private boolean startsWithItem() throws IOException {
            byte[] four = in.peek(4);
            if (four == null) {
                return false;
            }
            int group = bigEndian ? (four[0] & 0xff) << 8 | (four[1] & 0xff) : (four[0] & 0xff) | (four[1] & 0xff) << 8;
            int element = bigEndian ? (four[2] & 0xff) << 8 | (four[3] & 0xff) : (four[2] & 0xff) | (four[3] & 0xff) << 8;
            return group == 0xFFFE && element == 0xE000;
        }

        private int readTag() throws IOException {
            int group = readUInt16();
            int element = readUInt16();
            return group << 16 | element;
        }

        private int readUInt16() throws IOException {
            byte[] b = in.read(2);
            return bigEndian ? (b[0] & 0xff) << 8 | (b[1] & 0xff) : (b[0] & 0xff) | (b[1] & 0xff) << 8;
        }

        private long readUInt32() throws IOException {
            byte[] b = in.read(4);
            long v = bigEndian
                    ? (long) (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff)
                    : (long) (b[3] & 0xff) << 24 | (b[2] & 0xff) << 16 | (b[1] & 0xff) << 8 | (b[0] & 0xff);
            return v & 0xFFFFFFFFL;
        }
    }

    /** A stream that counts its position and can look ahead a few bytes. */
    private static final class PushbackData {
        private final java.io.PushbackInputStream in;
        private long position;

        PushbackData(DataInputStream in) {
            this.in = new java.io.PushbackInputStream(in, 8);
        }

        long position() {
            return position;
        }

        byte[] peek(int n) throws IOException {
            byte[] b = in.readNBytes(n);
            if (b.length > 0) {
                in.unread(b);
            }
            return b.length < n ? null : b;
        }

        byte[] read(int n) throws IOException {
            byte[] b = in.readNBytes(n);
            if (b.length < n) {
                throw new EOFException("the file ends inside an element");
            }
            position += n;
            return b;
        }

        void skip(long n) throws IOException {
            long left = n;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("the file ends inside an element");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
            position += n;
        }

        DataInputStream remaining() {
            return new DataInputStream(in);
        }
    }
}
