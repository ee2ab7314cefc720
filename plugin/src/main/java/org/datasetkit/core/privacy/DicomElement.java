package org.datasetkit.core.privacy;

/**
 * One data element of a DICOM header.
 *
 * @param tag group in the high 16 bits, element in the low 16
 * @param vr value representation (from the file, or the dictionary for implicit VR; "UN" when unknown)
 * @param value the value's bytes (empty for sequences; values over the read cap are truncated)
 * @param path where it stands: "(0010,0010)" at the top, "(0008,1140)[0]>(0010,0010)" inside a sequence item
 */
public record DicomElement(int tag, String vr, byte[] value, String path) {

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

    /** Empty, or a person name with only separators ("^^^^"). */
    public boolean isBlank() {
        return text().replace("^", "").replace("=", "").isBlank();
    }

    public static String tagString(int tag) {
        return String.format("(%04X,%04X)", tag >>> 16, tag & 0xffff);
    }
}
