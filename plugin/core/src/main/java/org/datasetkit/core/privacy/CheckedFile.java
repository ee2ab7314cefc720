package org.datasetkit.core.privacy;

import java.io.InputStream;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.dataset.FileKind;

/**
 * A payload file handed to a {@link FileCheck}: the file, the kind its content showed, and its content opened once by
 * the scanner (buffered, at byte 0; the scanner closes it).
 */
public record CheckedFile(DatasetFile file, FileKind kind, InputStream content) {

    /** The dataset-relative path findings are reported against. */
    public String path() {
        return file.path();
    }
}
