package org.datasetkit.core.fixity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;

/**
 * Reads a tag file line by line (LF, CRLF or CR endings) from a stream in its declared encoding, never holding more
 * than one line: a line longer than the cap is an error rather than a reason to fill the heap, which is what a
 * hostile or sparse multi-gigabyte tag file is made for.
 */
public final class BoundedLineReader {

    /** A line longer than the cap was met; the file is not read further. */
    public static final class LineTooLong extends IOException {
        private static final long serialVersionUID = 1L;
        private final int lineNumber;

        LineTooLong(int lineNumber, int cap) {
            super("line " + lineNumber + " is longer than " + cap + " characters");
            this.lineNumber = lineNumber;
        }

        public int lineNumber() {
            return lineNumber;
        }
    }

    private final Reader in;
    private final int maxLineChars;
    private final char[] buffer = new char[1 << 14];
    private int bufferAt;
    private int bufferEnd;
    private final StringBuilder line = new StringBuilder();
    private int lineNumber;
    private boolean afterCr;
    private boolean sawCr;

    public BoundedLineReader(InputStream in, Charset encoding, int maxLineChars) {
        this.in = new InputStreamReader(in, encoding);
        this.maxLineChars = maxLineChars;
    }

    /** The next line without its ending, or null at the end of the file. */
    public String next() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (bufferAt == bufferEnd) {
                bufferEnd = in.read(buffer);
                bufferAt = 0;
                if (bufferEnd <= 0) {
                    bufferEnd = 0;
                    return any ? finish() : null;
                }
            }
            char c = buffer[bufferAt++];
            if (afterCr && c == '\n') { // the LF of a CRLF: the line already ended at the CR
                afterCr = false;
                continue;
            }
            afterCr = false;
            any = true;
            if (c == '\n' || c == '\r') {
                afterCr = c == '\r';
                sawCr |= afterCr;
                return finish();
            }
            if (line.length() == maxLineChars) {
                throw new LineTooLong(lineNumber + 1, maxLineChars);
            }
            line.append(c);
        }
    }

    private String finish() {
        lineNumber++;
        return line.toString();
    }

    /** The number of the line last returned, from 1. */
    public int lineNumber() {
        return lineNumber;
    }

    /** Whether any line so far ended with CR (alone or in CRLF). */
    public boolean sawCr() {
        return sawCr;
    }
}
