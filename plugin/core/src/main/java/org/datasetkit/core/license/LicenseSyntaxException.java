package org.datasetkit.core.license;

/** A licence expression that does not follow the SPDX grammar, with the 1-based column of the problem. */
public class LicenseSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int column;

    public LicenseSyntaxException(String message, int column) {
        super(message);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
