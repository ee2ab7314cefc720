package org.datasetkit.core.privacy;

import java.util.Optional;

/**
 * What a DICOM header says about the image, as the privacy gate read it: the composition a report counts, taken from
 * the one read of the header the gate makes anyway.
 *
 * @param modality Modality (0008,0060), such as MG or CT
 * @param view View Position (0018,5101), such as CC or MLO
 * @param laterality Image Laterality (0020,0062), else Laterality (0020,0060): L, R, B or U
 */
public record ImageAttributes(Optional<String> modality, Optional<String> view, Optional<String> laterality) {

    static final int MODALITY = 0x00080060;
    static final int VIEW_POSITION = 0x00185101;
    static final int IMAGE_LATERALITY = 0x00200062;
    static final int LATERALITY = 0x00200060;
    /** A code string is at most 16 characters (PS3.5 6.2); a longer value is no code, so it is not repeated. */
    private static final int CODE_STRING = 16;

    public ImageAttributes {
        modality = modality.flatMap(ImageAttributes::code);
        view = view.flatMap(ImageAttributes::code);
        laterality = laterality.flatMap(ImageAttributes::code);
    }

    /** The attributes a header states; each one it leaves empty is empty. */
    static ImageAttributes of(DicomHeader header) {
        Optional<String> laterality = text(header, IMAGE_LATERALITY);
        return new ImageAttributes(text(header, MODALITY), text(header, VIEW_POSITION),
                laterality.isPresent() ? laterality : text(header, LATERALITY));
    }

    private static Optional<String> text(DicomHeader header, int tag) {
        return header.get(tag).filter(e -> !e.isBinary()).map(DicomElement::text).filter(s -> !s.isBlank());
    }

    /**
     * Only what looks like a code string (upper case, digits, space, underscore) is counted as itself: the report
     * travels with the data, so free text someone put in a code field must not be carried into it.
     */
    private static Optional<String> code(String value) {
        String v = value.trim();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(v.length() <= CODE_STRING && v.matches("[A-Z0-9 _]+") ? v : "(not a code)");
    }
}
