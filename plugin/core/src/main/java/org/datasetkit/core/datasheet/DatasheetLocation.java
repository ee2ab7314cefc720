package org.datasetkit.core.datasheet;

import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;

/**
 * Where a value stands in the datasheet, so a later stage (licences, the privacy gate) can report
 * {@code datasheet.yaml:line:col} about it.
 *
 * @param file the datasheet as diagnostics name it
 * @param pointer JSON pointer of the value, such as {@code /provenance/sources/0/license}
 * @param position the value's line and column
 */
public record DatasheetLocation(String file, String pointer, SourcePosition position) {

    /** A finding about the value at this location. */
    public Diagnostic diagnostic(Severity severity, String code, String message, String hint) {
        return new Diagnostic(severity, code, file, position.line(), position.column(), pointer, message, hint);
    }
}
