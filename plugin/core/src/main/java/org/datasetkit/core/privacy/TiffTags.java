package org.datasetkit.core.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The TIFF and EXIF tags that can carry text, by number, and how their bytes become text. */
final class TiffTags {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x010D, "DocumentName"), Map.entry(0x010E, "ImageDescription"), Map.entry(0x010F, "Make"),
            Map.entry(0x0110, "Model"), Map.entry(0x011D, "PageName"), Map.entry(0x0131, "Software"),
            Map.entry(0x0132, "DateTime"), Map.entry(0x013B, "Artist"), Map.entry(0x013C, "HostComputer"),
            Map.entry(0x8298, "Copyright"), Map.entry(TiffReader.XMP, "XMP"), Map.entry(TiffReader.IPTC, "IPTC"),
            Map.entry(0x9003, "DateTimeOriginal"), Map.entry(0x9004, "DateTimeDigitized"),
            Map.entry(0x9286, "UserComment"), Map.entry(0x9C9B, "XPTitle"), Map.entry(0x9C9C, "XPComment"),
            Map.entry(0x9C9D, "XPAuthor"), Map.entry(0x9C9E, "XPKeywords"), Map.entry(0x9C9F, "XPSubject"),
            Map.entry(0xA420, "ImageUniqueID"), Map.entry(0xA430, "CameraOwnerName"),
            Map.entry(0xA431, "BodySerialNumber"), Map.entry(0xA434, "LensModel"));

    private TiffTags() {}

    /** The tag's name, or null for a tag that holds no text worth reading. */
    static String name(int id) {
        return NAMES.get(id);
    }

    /** The value as text: ASCII as Latin-1, XP* tags as UTF-16LE, UserComment after its 8-byte character code. */
    static String text(int id, int type, byte[] value, boolean little) {
        if (id >= 0x9C9B && id <= 0x9C9F) {
            return new String(value, StandardCharsets.UTF_16LE);
        }
        if (id == 0x9286 && value.length >= 8) {
            String code = new String(value, 0, 8, StandardCharsets.US_ASCII);
            java.nio.charset.Charset cs = code.startsWith("UNICODE") ? (little ? StandardCharsets.UTF_16LE
                    : StandardCharsets.UTF_16BE) : StandardCharsets.ISO_8859_1;
            return new String(value, 8, value.length - 8, cs);
        }
        if (id == TiffReader.XMP) {
            return new String(value, StandardCharsets.UTF_8);
        }
        return new String(value, StandardCharsets.ISO_8859_1);
    }
}
