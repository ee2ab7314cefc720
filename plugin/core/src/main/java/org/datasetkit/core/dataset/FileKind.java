package org.datasetkit.core.dataset;

import java.util.Locale;

/**
 * What a payload file is, as {@link ContentSignature} tells it from the file's first bytes: the checksum step uses
 * it to decide whether the bundle stores or deflates a file, the privacy gate to pick the check that reads it.
 */
public enum FileKind {
    DICOM(false),
    PNG(true),
    JPEG(true),
    JPEG_2000(true),
    GIF(true),
    WEBP(true),
    /** Often uncompressed pixels, so worth deflating. */
    TIFF(false),
    ZIP(true),
    GZIP(true),
    XZ(true),
    ZSTD(true),
    BZIP2(true),
    SEVEN_ZIP(true),
    /** NIfTI-1/2 volumes; a gzipped one ({@code .nii.gz}) is told by its name and counts as compressed. */
    NIFTI(false),
    PDF(true),
    /** Office Open XML: DOCX, XLSX, PPTX (ZIP packages). */
    OOXML(true),
    /** Text whose first bytes cannot say it is a table: known by its name. */
    CSV(false),
    TSV(false),
    /** Documentation as text (Markdown, plain text): known by its name. */
    TEXT(false),
    OTHER(false);

    private final boolean compressed;

    FileKind(boolean compressed) {
        this.compressed = compressed;
    }

    /** The format always compresses its content; DICOM depends on its transfer syntax (see ContentSignature). */
    public boolean compressed() {
        return compressed;
    }

    /** Lower case, as reports spell it: {@code dicom}, {@code jpeg-2000}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
