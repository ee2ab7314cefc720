package org.datasetkit.core.privacy;

/** A file that claims to be DICOM but cannot be read as such; the privacy gate fails closed on it. */
public class DicomFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public DicomFormatException(String message) {
        super(message);
    }
}
