package org.datasetkit.core.dataset;

import java.nio.charset.StandardCharsets;

/**
 * A file's kind, told from its first bytes whatever its name, and whether its content is already compressed. The one
 * detector for the checksum step (store or deflate in the bundle) and the privacy gate (which check reads the file).
 * Content decides; the name is read only when no signature matched: to tell a CSV from a TSV, and to hold a file
 * named like a DICOM, PNG or JPEG file to that format, so that one that does not start like it fails the privacy
 * check instead of passing as "other". A name never makes content count as compressed.
 *
 * @param kind what the file is
 * @param compressed deflating it again costs time and saves nothing: an image format, an archive, or DICOM with a
 *     compressed transfer syntax (JPEG, JPEG-LS, JPEG 2000, HTJ2K, RLE, deflated)
 */
public record ContentSignature(FileKind kind, boolean compressed) {

    /** How many leading bytes {@link #of} needs to see a DICOM transfer syntax. */
    public static final int HEAD = 2048;

    /**
     * Reads the signature from {@code length} leading bytes of the file at dataset path {@code path}. Kept to a few
     * byte comparisons: it runs on the first buffer of every file the checksum step hashes.
     */
    public static ContentSignature of(byte[] head, int length, String path) {
        return of(head, length, path, byContent(head, length));
    }

    /**
     * Whether content with these leading bytes is already compressed: {@link #of}'s answer without telling apart the
     * kinds that are never compressed by their names, which the checksum step, asking this of every file, has no use
     * for.
     */
    public static boolean compressed(byte[] head, int length, String path) {
        FileKind kind = byContent(head, length);
        return kind != FileKind.OTHER && of(head, length, path, kind).compressed();
    }

    private static ContentSignature of(byte[] head, int length, String path, FileKind kind) {
        if (kind == FileKind.DICOM) {
            String syntax = dicomTransferSyntax(head, length);
            return new ContentSignature(kind, syntax != null && isCompressedSyntax(syntax));
        }
        if (kind == FileKind.GZIP && endsWith(path, ".nii.gz")) {
            return new ContentSignature(FileKind.NIFTI, true);
        }
        if (kind == FileKind.ZIP && isOfficePackage(head, length, path)) {
            return new ContentSignature(FileKind.OOXML, true);
        }
        if (kind != FileKind.OTHER) {
            return new ContentSignature(kind, kind.compressed());
        }
        return new ContentSignature(byName(path), false);
    }

    private static FileKind byContent(byte[] b, int n) {
        // DICOM first: a dual-personality file has a TIFF header in its preamble.
        if (n >= 132 && b[128] == 'D' && b[129] == 'I' && b[130] == 'C' && b[131] == 'M') {
            return FileKind.DICOM;
        }
        if (n == 0 || !SIGNATURE_START[b[0] & 0xff]) {
            return FileKind.OTHER; // most files: one look, not a dozen comparisons run interpreted in a new JVM
        }
        if (startsWith(b, n, 0x89, 'P', 'N', 'G')) {
            return FileKind.PNG;
        }
        if (startsWith(b, n, 0xFF, 0xD8, 0xFF)) {
            return FileKind.JPEG;
        }
        if (startsWith(b, n, 0, 0, 0, 0x0C, 'j', 'P') || startsWith(b, n, 0xFF, 0x4F, 0xFF, 0x51)) {
            return FileKind.JPEG_2000;
        }
        if (startsWith(b, n, 'G', 'I', 'F', '8')) {
            return FileKind.GIF;
        }
        if (startsWith(b, n, 'R', 'I', 'F', 'F') && n >= 12 && b[8] == 'W' && b[9] == 'E') {
            return FileKind.WEBP;
        }
        if (startsWith(b, n, 'I', 'I', '*', 0) || startsWith(b, n, 'M', 'M', 0, '*')
                || startsWith(b, n, 'I', 'I', '+', 0) || startsWith(b, n, 'M', 'M', 0, '+')) {
            return FileKind.TIFF;
        }
        if (startsWith(b, n, '%', 'P', 'D', 'F', '-')) {
            return FileKind.PDF;
        }
        if (isNifti(b, n)) {
            return FileKind.NIFTI;
        }
        return archive(b, n);
    }

    /** sizeof_hdr 348 with the NIfTI-1 magic at 344, or 540 with the NIfTI-2 magic at 4, in either byte order. */
    private static boolean isNifti(byte[] b, int n) {
        if (n >= 348 && (startsWith(b, n, 0x5C, 0x01, 0, 0) || startsWith(b, n, 0, 0, 0x01, 0x5C))) {
            return b[344] == 'n' && (b[345] == '+' || b[345] == 'i') && b[346] == '1' && b[347] == 0;
        }
        if (n >= 8 && (startsWith(b, n, 0x1C, 0x02, 0, 0) || startsWith(b, n, 0, 0, 0x02, 0x1C))) {
            return b[4] == 'n' && (b[5] == '+' || b[5] == 'i') && b[6] == '2' && b[7] == 0;
        }
        return false;
    }

    /** A ZIP whose first entry is {@code [Content_Types].xml}, or named like a DOCX, XLSX or PPTX. */
    private static boolean isOfficePackage(byte[] b, int n, String path) {
        byte[] name = CONTENT_TYPES;
        if (n >= 30 + name.length && (b[26] & 0xff) == name.length && b[27] == 0) {
            if (java.util.Arrays.equals(b, 30, 30 + name.length, name, 0, name.length)) {
                return true;
            }
        }
        return endsWith(path, ".docx") || endsWith(path, ".xlsx") || endsWith(path, ".pptx") || endsWith(path, ".xlsm")
                || endsWith(path, ".docm");
    }

    /** The first bytes of the signatures below: any other first byte is no signature. */
    private static final boolean[] SIGNATURE_START = new boolean[256];

    static {
        for (int first : new int[] {0x89, 0xFF, 0x00, 'G', 'R', 'I', 'M', '%', 0x5C, 0x1C, 'P', 0x1F, 0xFD, 0x28, 'B', '7'}) {
            SIGNATURE_START[first] = true;
        }
    }

    private static final byte[] CONTENT_TYPES = "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);

    private static FileKind archive(byte[] b, int n) {
        if (startsWith(b, n, 'P', 'K', 3, 4)) {
            return FileKind.ZIP;
        }
        if (startsWith(b, n, 0x1F, 0x8B)) {
            return FileKind.GZIP;
        }
        if (startsWith(b, n, 0xFD, '7', 'z', 'X', 'Z')) {
            return FileKind.XZ;
        }
        if (startsWith(b, n, 0x28, 0xB5, 0x2F, 0xFD)) {
            return FileKind.ZSTD;
        }
        if (startsWith(b, n, 'B', 'Z', 'h')) {
            return FileKind.BZIP2;
        }
        if (startsWith(b, n, '7', 'z', 0xBC, 0xAF)) {
            return FileKind.SEVEN_ZIP;
        }
        return FileKind.OTHER;
    }

    private static FileKind byName(String path) {
        if (endsWith(path, ".csv")) {
            return FileKind.CSV;
        }
        if (endsWith(path, ".tsv")) {
            return FileKind.TSV;
        }
        if (endsWith(path, ".md") || endsWith(path, ".markdown") || endsWith(path, ".txt")) {
            return FileKind.TEXT;
        }
        if (endsWith(path, ".nii") || endsWith(path, ".nii.gz")) {
            return FileKind.NIFTI;
        }
        if (endsWith(path, ".tif") || endsWith(path, ".tiff")) {
            return FileKind.TIFF;
        }
        if (endsWith(path, ".pdf")) {
            return FileKind.PDF;
        }
        if (endsWith(path, ".docx") || endsWith(path, ".xlsx") || endsWith(path, ".pptx")) {
            return FileKind.OOXML;
        }
        if (endsWith(path, ".dcm") || endsWith(path, ".dicom")) {
            return FileKind.DICOM;
        }
        if (endsWith(path, ".png")) {
            return FileKind.PNG;
        }
        if (endsWith(path, ".jpg") || endsWith(path, ".jpeg")) {
            return FileKind.JPEG;
        }
        return FileKind.OTHER;
    }

    private static boolean endsWith(String path, String suffix) {
        return path.regionMatches(true, path.length() - suffix.length(), suffix, 0, suffix.length());
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
