package org.datasetkit.core.dataset;

import java.nio.charset.StandardCharsets;

/**
 * Recognises already-compressed content from a file's first bytes, whatever its name: PNG, JPEG, JPEG 2000, GIF,
 * WebP, gzip, zip, xz, zstd, bzip2, 7z, and DICOM files whose transfer syntax is compressed (JPEG, JPEG-LS,
 * JPEG 2000, HTJ2K, RLE, deflated). Deflating such files again costs time and saves nothing.
 */
public final class ContentSignature {

    /** How many leading bytes {@link #isCompressed} needs to see a DICOM transfer syntax. */
    public static final int HEAD = 2048;

    private ContentSignature() {}

    public static boolean isCompressed(byte[] head, int length) {
        if (startsWith(head, length, 0x89, 'P', 'N', 'G') || startsWith(head, length, 0xFF, 0xD8, 0xFF)
                || startsWith(head, length, 0x1F, 0x8B) || startsWith(head, length, 'P', 'K', 3, 4)
                || startsWith(head, length, 'G', 'I', 'F', '8') || startsWith(head, length, 0xFD, '7', 'z', 'X', 'Z')
                || startsWith(head, length, 0x28, 0xB5, 0x2F, 0xFD) || startsWith(head, length, 'B', 'Z', 'h')
                || startsWith(head, length, '7', 'z', 0xBC, 0xAF) || startsWith(head, length, 0, 0, 0, 0x0C, 'j', 'P')
                || startsWith(head, length, 0xFF, 0x4F, 0xFF, 0x51)
                || (startsWith(head, length, 'R', 'I', 'F', 'F') && length >= 12 && head[8] == 'W' && head[9] == 'E')) {
            return true;
        }
        String syntax = dicomTransferSyntax(head, length);
        return syntax != null && isCompressedSyntax(syntax);
    }

    /** The Transfer Syntax UID (0002,0010) of a DICOM Part 10 file's meta header, or null. */
    static String dicomTransferSyntax(byte[] b, int length) {
        if (length < 132 || b[128] != 'D' || b[129] != 'I' || b[130] != 'C' || b[131] != 'M') {
            return null;
        }
        int i = 132;
        // The meta header is always explicit VR little endian: group, element, VR, length.
        while (i + 8 <= length && (b[i] & 0xff) == 0x02 && b[i + 1] == 0) {
            int element = (b[i + 2] & 0xff) | (b[i + 3] & 0xff) << 8;
            String vr = new String(b, i + 4, 2, StandardCharsets.US_ASCII);
            int valueLength;
            int header;
            if (vr.equals("OB") || vr.equals("OW") || vr.equals("UN") || vr.equals("SQ") || vr.equals("UT")) {
                if (i + 12 > length) {
                    return null;
                }
                valueLength = (b[i + 8] & 0xff) | (b[i + 9] & 0xff) << 8 | (b[i + 10] & 0xff) << 16 | (b[i + 11] & 0xff) << 24;
                header = 12;
            } else {
                valueLength = (b[i + 6] & 0xff) | (b[i + 7] & 0xff) << 8;
                header = 8;
            }
            if (valueLength < 0 || i + header + valueLength > length) {
                return null;
            }
            if (element == 0x0010) {
                return new String(b, i + header, valueLength, StandardCharsets.US_ASCII).trim().replace("\0", "");
            }
            i += header + valueLength;
        }
        return null;
    }

    /** JPEG (.4.*), RLE (.5) and deflated (.1.99) transfer syntaxes; the native little/big endian ones are not. */
    static boolean isCompressedSyntax(String uid) {
        return uid.startsWith("1.2.840.10008.1.2.4.") || uid.equals("1.2.840.10008.1.2.5") || uid.equals("1.2.840.10008.1.2.1.99");
    }

    private static boolean startsWith(byte[] b, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
