package org.datasetkit.core.diag;

import java.util.List;

/**
 * A problem in the user's data or configuration that stops a stage: a symlink out of the dataset, a file that
 * changed while it was read, an unreadable file. Carries the findings to print; never a bug or an I/O fault of
 * the machine (those stay {@link java.io.IOException}s).
 */
public class DatasetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Diagnostics diagnostics;

    public DatasetException(Diagnostics diagnostics) {
        super(diagnostics.all().isEmpty() ? "invalid dataset" : diagnostics.all().get(0).format());
        this.diagnostics = diagnostics;
    }

    public DatasetException(Diagnostic diagnostic) {
        this(new Diagnostics(List.of(diagnostic)));
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }
}
