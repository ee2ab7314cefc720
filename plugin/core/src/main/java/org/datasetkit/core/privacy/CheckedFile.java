package org.datasetkit.core.privacy;

import java.io.InputStream;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.dataset.FileKind;

/**
 * A payload file handed to a {@link FileCheck}: the file, the kind its content showed, and its content opened once by
 * the scanner (buffered, at byte 0; the scanner closes it). Formats read by offset (TIFF, Office, PDF) open
 * {@code file().file()} themselves.
 *
 * @param shapes where the scan notes pseudonyms that matched and values that did not, for the hints
 */
public record CheckedFile(DatasetFile file, FileKind kind, InputStream content, PseudonymShapes shapes) {

    public CheckedFile(DatasetFile file, FileKind kind, InputStream content) {
        this(file, kind, content, new PseudonymShapes());
    }

    /** The dataset-relative path findings are reported against. */
    public String path() {
        return file.path();
    }
}
