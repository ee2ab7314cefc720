package org.datasetkit.core.privacy;

/**
 * One data element of a DICOM header.
 *
 * @param tag group in the high 16 bits, element in the low 16
 * @param vr value representation (from the file, or the dictionary for implicit VR; "UN" when unknown)
 * @param value the value's bytes (empty for sequences; values over the read cap are truncated)
 * @param path where it stands: "(0010,0010)" at the top, "(0008,1140)[0]>(0010,0010)" inside a sequence item
 * @param length the value's length in the file (more than {@code value.length} when truncated; 0 for sequences)
 */
public record DicomElement(int tag, String vr, byte[] value, String path, long length) {

    private static final java.util.Set<String> BINARY = java.util.Set.of("OB", "OD", "OF", "OL", "OV", "OW", "UN");

    public DicomElement(int tag, String vr, byte[] value, String path) {
        this(tag, vr, value, path, value.length);
    }

    /** Bytes rather than text (overlay data, icons, unknown VRs): shown by size, never printed. */
    public boolean isBinary() {
        return BINARY.contains(vr);
    }

    public int group() {
        return tag >>> 16;
    }

    public boolean isPrivate() {
        return (group() & 1) == 1;
    }

    /** The value as text (ISO 646 / Latin-1 / UTF-8 all agree on what identifying checks look at), trimmed of padding. */
    public String text() {
        return new String(value, java.nio.charset.StandardCharsets.ISO_8859_1).replace('\0', ' ').trim();
    }

    /** Empty, or a person name with only separators ("^^^^"); a value too long to keep is never blank. */
    public boolean isBlank() {
        if (length > value.length) {
            return false;
        }
        if (isBinary()) {
            return length == 0;
        }
        return text().replace("^", "").replace("=", "").isBlank();
    }

    public static String tagString(int tag) {
        return String.format("(%04X,%04X)", tag >>> 16, tag & 0xffff);
    }
}
