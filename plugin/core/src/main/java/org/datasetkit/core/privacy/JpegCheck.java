package org.datasetkit.core.privacy;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;

/**
 * JPEG metadata that can carry identifiers: EXIF and XMP (APP1), IPTC (APP13) and comments (COM). The whole marker
 * structure is walked to EOI, scans included, because a segment may follow any scan; a segment length below 2, a
 * segment running past the end, or no EOI is a {@link FileDefect}, not a pass.
 */
final class JpegCheck implements FileCheck {

    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int APP1 = 0xE1;
    private static final int APP13 = 0xED;
    private static final int COM = 0xFE;

    private static final String XMP_ID = "http://ns.adobe.com/xap/1.0/\0";

    private final MetadataRules rules;

    JpegCheck(MetadataRules rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "jpeg";
    }

    @Override
    public Set<FileKind> kinds() {
        return Set.of(FileKind.JPEG);
    }

    @Override
    public void check(CheckedFile file, PrivacyPolicy policy, List<Diagnostic> findings) throws IOException {
        BinaryInput in = new BinaryInput(file.content());
        if (in.read() != 0xFF || in.read() != 0xD8) {
            throw new FileDefect("it does not start with the JPEG start-of-image marker (FF D8)");
        }
        int marker = marker(in);
        while (marker != EOI) {
            if (isStandalone(marker)) {
                marker = marker(in);
                continue;
            }
            long at = in.position() - 2;
            byte[] data = segment(in, marker, at);
            if (data != null) {
                metadata(file, marker, data, policy, findings);
            }
            marker = marker == SOS ? afterScan(in) : marker(in);
        }
    }

    /** The next marker's code, after any fill bytes (FF). */
    private static int marker(BinaryInput in) throws IOException {
        long at = in.position();
        int b = in.read();
        if (b < 0) {
            throw new FileDefect("it ends at byte " + at + " without an end-of-image marker (FF D9): the file is truncated");
        }
        if (b != 0xFF) {
            throw new FileDefect(String.format(Locale.ROOT, "byte %d is %02x where a marker (FF) should start", at, b));
        }
        while (b == 0xFF) {
            b = in.read();
        }
        if (b < 0) {
            throw new FileDefect("it ends inside a marker at byte " + at + ": the file is truncated");
        }
        if (b == 0x00) {
            throw new FileDefect("byte " + at + " is FF 00, which is not a marker");
        }
        return b;
    }

    /** TEM, RST0–7 and SOI have no length. */
    private static boolean isStandalone(int marker) {
        return marker == 0x01 || marker >= 0xD0 && marker <= 0xD8;
    }

    /** Reads a segment's length and passes its data; returns the data of the metadata segments, else null. */
    private static byte[] segment(BinaryInput in, int marker, long at) throws IOException {
        int length;
        try {
            length = in.u16();
        } catch (EOFException e) {
            throw new FileDefect("segment " + name(marker) + " at byte " + at + " is cut off before its length: the file is truncated");
        }
        if (length < 2) {
            throw new FileDefect("segment " + name(marker) + " at byte " + at + " declares a length of " + length
                    + "; a length counts its own two bytes, so it is at least 2");
        }
        boolean keep = marker == APP1 || marker == APP13 || marker == COM;
        byte[] data = new byte[keep ? length - 2 : 0];
        try {
            in.pass(length - 2, null, data);
        } catch (EOFException e) {
            throw new FileDefect("segment " + name(marker) + " at byte " + at + " declares " + length
                    + " bytes, which run past the end of the file: it is truncated or the length is wrong");
        }
        return keep ? data : null;
    }

    /** Skips entropy-coded data up to the marker that ends it; FF 00 (a stuffed byte) and RSTn belong to the scan. */
    private static int afterScan(BinaryInput in) throws IOException {
        while (in.skipPast(0xFF)) {
            int b = in.read();
            while (b == 0xFF) {
                b = in.read();
            }
            if (b > 0 && !(b >= 0xD0 && b <= 0xD7)) {
                return b;
            }
            if (b < 0) {
                break;
            }
        }
        throw new FileDefect("it ends at byte " + in.position() + " inside image data, without an end-of-image marker"
                + " (FF D9): the file is truncated");
    }

    private void metadata(CheckedFile file, int marker, byte[] data, PrivacyPolicy policy, List<Diagnostic> findings)
            throws IOException {
        String path = file.path();
        if (marker == COM) {
            rules.judge(path, "jpeg", "JPEG comment", "Comment", new String(data, StandardCharsets.ISO_8859_1), policy,
                    file.shapes()).ifPresent(findings::add);
        } else if (marker == APP13) {
            rules.judgeAll(path, "jpeg", "JPEG IPTC", MetadataText.photoshop(data), policy, file.shapes(), findings);
        } else if (startsWith(data, "Exif\0")) {
            // "Exif" and two bytes of padding, then a TIFF structure whose offsets count from its own start
            List<TiffReader.Tag> tags = new TiffReader(RandomBytes.of(data, 6, Math.max(0, data.length - 6))).read();
            rules.judgeTiff(path, "jpeg", "JPEG EXIF", tags, policy, file.shapes(), findings);
        } else if (startsWith(data, XMP_ID)) {
            rules.judgeAll(path, "jpeg", "JPEG XMP", MetadataText.xmp(data, XMP_ID.length(), data.length - XMP_ID.length()),
                    policy, file.shapes(), findings);
        }
    }

    private static boolean startsWith(byte[] data, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return data.length >= p.length && java.util.Arrays.equals(data, 0, p.length, p, 0, p.length);
    }

    private static String name(int marker) {
        if (marker >= 0xE0 && marker <= 0xEF) {
            return "APP" + (marker - 0xE0);
        }
        return switch (marker) {
            case COM -> "COM";
            case SOS -> "SOS";
            case 0xDB -> "DQT";
            case 0xC4 -> "DHT";
            case 0xDD -> "DRI";
            default -> marker >= 0xC0 && marker <= 0xCF ? String.format(Locale.ROOT, "SOF%d", marker - 0xC0)
                    : String.format(Locale.ROOT, "FF%02X", marker);
        };
    }
}
