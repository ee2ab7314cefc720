package org.datasetkit.core.privacy;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;

/**
 * PNG metadata that can carry identifiers: text chunks (tEXt, zTXt, iTXt) and EXIF (eXIf). Every chunk's length and
 * CRC is checked and the file must end with IEND: a chunk that cannot be trusted could hide text, so a corrupt or
 * truncated PNG is a {@link FileDefect}, not a pass.
 */
final class PngCheck implements FileCheck {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    /** Text beyond this is not read: identifiers are short, and memory stays bounded. */
    private static final int KEEP_TEXT = 1 << 20;

    private final MetadataRules rules;

    PngCheck(MetadataRules rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "png";
    }

    @Override
    public Set<FileKind> kinds() {
        return Set.of(FileKind.PNG);
    }

    @Override
    public void check(CheckedFile file, PrivacyPolicy policy, List<Diagnostic> findings) throws IOException {
        BinaryInput in = new BinaryInput(file.content());
        byte[] signature = new byte[SIGNATURE.length];
        try {
            in.pass(SIGNATURE.length, null, signature);
        } catch (EOFException e) {
            signature = null;
        }
        if (!Arrays.equals(signature, SIGNATURE)) {
            throw new FileDefect("it does not start with the 8-byte PNG signature");
        }
        boolean first = true;
        while (true) {
            Chunk chunk = chunk(in, in.position(), first);
            first = false;
            if (chunk.type().equals("IEND")) {
                return;
            }
            if (chunk.data() != null) {
                metadata(file, chunk, policy, findings);
            }
        }
    }

    /** A chunk's type and, for the metadata chunks, its data (at most {@link #KEEP_TEXT} bytes of it). */
    private record Chunk(String type, byte[] data) {}

    private static Chunk chunk(BinaryInput in, long at, boolean first) throws IOException {
        int length;
        byte[] type = new byte[4];
        try {
            length = in.s32();
            in.pass(4, null, type);
        } catch (EOFException e) {
            throw new FileDefect("it ends at byte " + in.position() + " without an IEND chunk: the file is truncated");
        }
        String name = new String(type, StandardCharsets.ISO_8859_1);
        if (!name.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
            throw new FileDefect("the chunk at byte " + at + " has no valid type (" + hex(type) + ")");
        }
        if (length < 0) {
            throw new FileDefect("chunk " + name + " at byte " + at + " declares a length of " + Integer.toUnsignedString(length)
                    + " bytes, more than PNG allows (2^31 - 1)");
        }
        if (first && !name.equals("IHDR")) {
            throw new FileDefect("the first chunk is " + name + ", not IHDR");
        }
        boolean keep = name.equals("tEXt") || name.equals("iTXt") || name.equals("zTXt") || name.equals("eXIf");
        byte[] data = new byte[keep ? Math.min(length, KEEP_TEXT) : 0];
        CRC32 crc = new CRC32();
        crc.update(type);
        int stored;
        try {
            in.pass(length, crc, data);
            stored = in.s32();
        } catch (EOFException e) {
            throw new FileDefect("chunk " + name + " at byte " + at + " declares " + length
                    + " bytes of data, which run past the end of the file: it is truncated or the length is wrong");
        }
        if (stored != (int) crc.getValue()) {
            throw new FileDefect(String.format(Locale.ROOT, "chunk %s at byte %d has the CRC %08x, but its content gives %08x:"
                    + " the chunk is corrupt", name, at, stored, (int) crc.getValue()));
        }
        return new Chunk(name, keep ? data : null);
    }

    private void metadata(CheckedFile file, Chunk chunk, PrivacyPolicy policy, List<Diagnostic> findings)
            throws IOException {
        String type = chunk.type();
        byte[] data = chunk.data();
        if (type.equals("eXIf")) {
            List<TiffReader.Tag> tags = new TiffReader(RandomBytes.of(data, 0, data.length)).read();
            rules.judgeTiff(file.path(), "png", "PNG eXIf", tags, policy, file.shapes(), findings);
            return;
        }
        String content = new String(data, StandardCharsets.ISO_8859_1);
        int nul = content.indexOf('\0');
        if (nul < 1 || nul > 79) {
            throw new FileDefect("its " + type + " chunk has no keyword of 1 to 79 characters ended by a zero byte");
        }
        String keyword = content.substring(0, nul);
        String value = textOf(type, data, keyword.length());
        String where = "PNG " + type + " '" + keyword + "'";
        if (keyword.equals("XML:com.adobe.xmp")) {
            byte[] xml = value.getBytes(type.equals("iTXt") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            rules.judgeAll(file.path(), "png", "PNG XMP", MetadataText.xmp(xml, 0, xml.length), policy, file.shapes(), findings);
        } else if (keyword.startsWith("Raw profile type ")) {
            rawProfile(file, keyword.substring(17), value, policy, findings);
        } else {
            rules.judge(file.path(), "png", where, keyword, value, policy, file.shapes()).ifPresent(findings::add);
        }
    }

    /** ImageMagick keeps EXIF, XMP and IPTC in text chunks as hex: a line with the name, one with the size, the hex. */
    private void rawProfile(CheckedFile file, String name, String value, PrivacyPolicy policy, List<Diagnostic> findings)
            throws IOException {
        String[] lines = value.strip().split("\n", 3);
        if (lines.length < 3) {
            throw new FileDefect("its raw " + name + " profile has no size and data lines");
        }
        byte[] bytes;
        try {
            bytes = java.util.HexFormat.of().parseHex(lines[2].replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new FileDefect("its raw " + name + " profile is not hexadecimal");
        }
        String where = "PNG raw " + name + " profile";
        if (name.equals("exif") || name.equals("APP1") && bytes.length > 6 && bytes[0] == 'E') {
            int at = bytes.length > 6 && bytes[0] == 'E' && bytes[1] == 'x' ? 6 : 0;
            List<TiffReader.Tag> tags = new TiffReader(RandomBytes.of(bytes, at, bytes.length - at)).read();
            rules.judgeTiff(file.path(), "png", where, tags, policy, file.shapes(), findings);
        } else if (name.equals("xmp")) {
            rules.judgeAll(file.path(), "png", where, MetadataText.xmp(bytes, 0, bytes.length), policy, file.shapes(), findings);
        } else if (name.equals("iptc") || name.equals("8bim")) {
            rules.judgeAll(file.path(), "png", where, MetadataText.iptc(bytes, 0, bytes.length), policy, file.shapes(), findings);
        }
    }

    /** The text of a chunk: zTXt always, iTXt when flagged, is deflated after the keyword. */
    private static String textOf(String type, byte[] data, int keywordLength) throws FileDefect {
        int at = keywordLength + 1;
        boolean compressed = type.equals("zTXt") || (type.equals("iTXt") && data.length > at && data[at] == 1);
        java.nio.charset.Charset charset = type.equals("iTXt") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        if (!compressed) {
            return new String(data, Math.min(at, data.length), Math.max(0, data.length - at), charset);
        }
        int start = type.equals("zTXt") ? at + 1 : at + 2;
        if (type.equals("iTXt")) { // skip the language tag and translated keyword
            for (int nul = 0; nul < 2 && start < data.length; start++) {
                if (data[start] == 0) {
                    nul++;
                }
            }
        }
        return new String(inflate(type, data, Math.min(start, data.length)), charset);
    }

    private static byte[] inflate(String type, byte[] data, int start) throws FileDefect {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, start, data.length - start);
            byte[] out = new byte[KEEP_TEXT];
            int n = inflater.inflate(out);
            // A chunk longer than what is kept is cut short here, so only a whole one can be said to end early.
            if (!inflater.finished() && n < out.length && data.length < KEEP_TEXT) {
                throw new FileDefect(type + " text ends before its compressed stream does");
            }
            return Arrays.copyOf(out, n);
        } catch (DataFormatException e) {
            throw new FileDefect(type + " text cannot be inflated (" + e.getMessage() + ")");
        } finally {
            inflater.end();
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format(Locale.ROOT, "%02x", b & 0xff));
        }
        return out.toString();
    }
}
