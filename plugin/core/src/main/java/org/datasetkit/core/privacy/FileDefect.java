package org.datasetkit.core.privacy;

import java.io.IOException;

/**
 * A file is not what its kind promises — truncated, a length running past its end, a checksum that does not match —
 * so what it holds cannot be known. The message says what is wrong and where, in words, for the finding.
 */
public final class FileDefect extends IOException {

    private static final long serialVersionUID = 1L;

    public FileDefect(String message) {
        super(message);
    }
}
