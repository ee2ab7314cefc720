package org.datasetkit.core.datasheet;

/** A 1-based line and column in the datasheet file. */
public record SourcePosition(int line, int column) {

    public static final SourcePosition START = new SourcePosition(1, 1);
}
