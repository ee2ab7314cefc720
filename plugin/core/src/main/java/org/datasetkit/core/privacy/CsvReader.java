package org.datasetkit.core.privacy;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader that streams: quoted fields with doubled quotes and line breaks inside, CRLF or LF records, a
 * leading byte-order mark, any one-character separator ({@code ,}, {@code ;} as spreadsheets in Swedish and German
 * locales write, tab). Each field keeps the line and column where it starts, so findings point at the cell. Memory
 * is bounded: a field keeps its first {@link #KEEP_FIELD} characters and a record at most {@link #MAX_FIELDS} fields.
 */
public final class CsvReader {

    /** One field: its text and where its first character (the opening quote, if quoted) stands. */
    public record Field(String text, int line, int column) {}

    static final int KEEP_FIELD = 1 << 16;
    static final int MAX_FIELDS = 1 << 16;

    private final Reader in;
    private final char separator;
    private final char[] buffer = new char[1 << 16];
    private int next;
    private int limit;
    private int line = 1;
    private int column = 1;
    private boolean started;

    public CsvReader(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /** The next record's fields, or null after the last record. */
    public List<Field> next() throws IOException {
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') {
                take();
                column = 1;
            }
        }
        if (peek() < 0) {
            return null;
        }
        List<Field> fields = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int fieldLine = line;
            int fieldColumn = column;
            text.setLength(0);
            int end = peek() == '"' ? quoted(text, fieldLine, fieldColumn) : plain(text);
            if (fields.size() == MAX_FIELDS) {
                throw new FileDefect("the record at line " + fieldLine + " has more than " + MAX_FIELDS + " fields");
            }
            fields.add(new Field(text.toString(), fieldLine, fieldColumn));
            if (end != separator) {
                return fields;
            }
        }
    }

    /** Reads an unquoted field; returns what ended it: the separator, '\n' or -1. */
    private int plain(StringBuilder text) throws IOException {
        while (true) {
            int c = take();
            if (c < 0 || c == separator || c == '\n') {
                return c;
            }
            if (c == '\r' && peek() == '\n') {
                continue;
            }
            keep(text, c);
        }
    }

    private int quoted(StringBuilder text, int fieldLine, int fieldColumn) throws IOException {
        take();
        while (true) {
            int c = take();
            if (c < 0) {
                throw new FileDefect("the quoted field that starts at line " + fieldLine + ", column " + fieldColumn
                        + " is never closed: a quote is missing, so where the cells are cannot be told");
            }
            if (c == '"') {
                if (peek() == '"') {
                    take();
                    keep(text, '"');
                    continue;
                }
                // after the closing quote: text up to the separator belongs to the field (as spreadsheets read it)
                return plain(text);
            }
            keep(text, c);
        }
    }

    private static void keep(StringBuilder text, int c) {
        if (text.length() < KEEP_FIELD) {
            text.append((char) c);
        }
    }

    private int peek() throws IOException {
        if (next == limit && !fill()) {
            return -1;
        }
        return buffer[next];
    }

    private int take() throws IOException {
        if (next == limit && !fill()) {
            return -1;
        }
        char c = buffer[next++];
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    private boolean fill() throws IOException {
        next = 0;
        limit = Math.max(0, in.read(buffer));
        return limit > 0;
    }

    /**
     * The separator of a CSV file, from its first line (outside quotes): a semicolon when it has more of them than
     * commas, else a comma.
     */
    static char separatorOf(String firstLine) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < firstLine.length(); i++) {
            char c = firstLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
