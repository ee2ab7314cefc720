package org.datasetkit.core.diag;

import java.util.Objects;

/**
 * One finding about the user's input, printed compiler style so IDEs make it clickable:
 * {@code datasheet.yaml:14:9: error [schema.type] version: number found, string expected (hint: ...)}.
 *
 * @param severity how much it matters
 * @param code stable, dotted machine code such as {@code yaml.duplicate-key}
 * @param file the file it is about, as the user knows it (relative to the dataset root where possible)
 * @param line 1-based line, or 0 when the finding is about the whole file
 * @param column 1-based column, or 0 when unknown
 * @param pointer JSON pointer into the datasheet, or empty
 * @param message what is wrong
 * @param hint how to fix it, or empty
 */
public record Diagnostic(
        Severity severity, String code, String file, int line, int column, String pointer, String message, String hint) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        file = file == null ? "" : file;
        pointer = pointer == null ? "" : pointer;
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(String code, String file, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, file, 0, 0, "", message, hint);
    }

    public static Diagnostic warning(String code, String file, String message, String hint) {
        return new Diagnostic(Severity.WARNING, code, file, 0, 0, "", message, hint);
    }

    public Diagnostic at(int newLine, int newColumn) {
        return new Diagnostic(severity, code, file, newLine, newColumn, pointer, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The compiler-style line: {@code file:line:col: severity [code] message (hint: ...)}. */
    public String format() {
        StringBuilder out = new StringBuilder();
        if (!file.isEmpty()) {
            out.append(file);
            if (line > 0) {
                out.append(':').append(line);
                if (column > 0) {
                    out.append(':').append(column);
                }
            }
            out.append(": ");
        }
        out.append(severity.label()).append(" [").append(code).append("] ").append(message);
        if (!hint.isEmpty()) {
            out.append(" (hint: ").append(hint).append(')');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
