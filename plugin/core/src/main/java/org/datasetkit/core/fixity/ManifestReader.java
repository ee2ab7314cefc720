package org.datasetkit.core.fixity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;

/**
 * Reads BagIt manifests, strictly where RFC 8493 is strict and tolerant of legacy forms (CRLF endings, upper-case
 * hex, md5sum's {@code *path}, a leading {@code ./}) with a warning for each kind, so old bags and bags made by other
 * tools can still be checked. Streams: one line in memory at a time, each no longer than a cap.
 */
public final class ManifestReader {

    /** Longer lines are not manifest lines: a path is at most a few thousand characters, a checksum 128 digits. */
    public static final int MAX_LINE_CHARS = 1 << 16;

    /** One line split as the pattern {@code ([0-9A-Fa-f]+)[ \t]+(\*?)(.+)} would, without a matcher per line. */
    private record Line(String hex, boolean star, String path) {}

    /** The entries of a manifest, and what was wrong or old-fashioned in it. */
    public record Parsed(List<ManifestEntry> entries, List<Diagnostic> findings) {}

    private ManifestReader() {}

    public static Parsed read(String fileName, byte[] content, Charset encoding, int hexLength) {
        List<ManifestEntry> entries = new ArrayList<>();
        try {
            List<Diagnostic> findings = read(fileName, new ByteArrayInputStream(content), encoding, hexLength, entries::add);
            return new Parsed(entries, findings);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from a byte array
        }
    }

    /**
     * Reads a manifest from a stream, handing each entry to {@code each} as it is read; returns what was wrong or
     * old-fashioned. A line over {@link #MAX_LINE_CHARS} ends the reading with an error.
     */
    public static List<Diagnostic> read(String fileName, InputStream content, Charset encoding, int hexLength,
            Consumer<ManifestEntry> each) throws IOException {
        List<Diagnostic> findings = new ArrayList<>();
        boolean upper = false;
        boolean star = false;
        boolean dotSlash = false;
        BoundedLineReader lines = new BoundedLineReader(content, encoding, MAX_LINE_CHARS);
        try {
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (line.isBlank()) {
                    continue;
                }
                Line m = split(line);
                if (m == null) {
                    findings.add(new Diagnostic(Severity.ERROR, "bag.manifest-syntax", fileName, lines.lineNumber(), 1, "",
                            "is not a 'checksum path' line", "each line is a hex checksum, spaces, and a path under data/"));
                    continue;
                }
                String hex = m.hex();
                if (hexLength > 0 && hex.length() != hexLength) {
                    findings.add(new Diagnostic(Severity.ERROR, "bag.manifest-checksum", fileName, lines.lineNumber(), 1, "",
                            "has a checksum of " + hex.length() + " hex digits where " + hexLength + " are expected",
                            "regenerate the manifest"));
                    continue;
                }
                upper |= !hex.equals(hex.toLowerCase(Locale.ROOT));
                star |= m.star();
                String path = ManifestPath.decode(m.path());
                if (path.startsWith("./")) {
                    dotSlash = true;
                    path = path.substring(2);
                }
                each.accept(new ManifestEntry(hex.toLowerCase(Locale.ROOT), path));
            }
        } catch (BoundedLineReader.LineTooLong e) {
            findings.add(new Diagnostic(Severity.ERROR, "bag.manifest-line-too-long", fileName, e.lineNumber(), 1, "",
                    "has a line longer than " + MAX_LINE_CHARS + " characters; the rest of the file is not read",
                    "a manifest line is a checksum and a path: regenerate the manifest"));
        }
        if (lines.sawCr()) {
            findings.add(legacy(fileName, "uses CRLF line endings", "write LF line endings"));
        }
        if (upper) {
            findings.add(legacy(fileName, "has upper-case checksums", "write checksums in lower case"));
        }
        if (star) {
            findings.add(legacy(fileName, "uses md5sum's '*path' form; RFC 8493 bags must not",
                    "remove the '*' before the paths"));
        }
        if (dotSlash) {
            findings.add(legacy(fileName, "writes paths with a leading './'", "write paths relative to the bag: data/..."));
        }
        return findings;
    }

    /**
     * The checksum, star and path of a line, or null when it is not one: hex digits, blanks, an optional '*', then at
     * least one character, none of them a line terminator (as {@code .} in a pattern; a line never holds CR or LF).
     */
    private static Line split(String line) {
        int hexEnd = 0;
        while (hexEnd < line.length() && Character.digit(line.charAt(hexEnd), 16) >= 0 && line.charAt(hexEnd) < 0x80) {
            hexEnd++;
        }
        int blanksEnd = hexEnd;
        while (blanksEnd < line.length() && (line.charAt(blanksEnd) == ' ' || line.charAt(blanksEnd) == '\t')) {
            blanksEnd++;
        }
        if (hexEnd == 0 || blanksEnd == hexEnd) {
            return null;
        }
        String rest = line.substring(blanksEnd);
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\n' || c == '\r') {
                return null;
            }
        }
        String hex = line.substring(0, hexEnd);
        if (rest.isEmpty()) { // the pattern gives the last of two or more blanks to the path
            return blanksEnd - hexEnd >= 2 ? new Line(hex, false, line.substring(blanksEnd - 1)) : null;
        }
        if (rest.charAt(0) == '*' && rest.length() > 1) {
            return new Line(hex, true, rest.substring(1));
        }
        return new Line(hex, false, rest);
    }

    private static Diagnostic legacy(String fileName, String what, String fix) {
        return Diagnostic.warning("bag.manifest-legacy", fileName, what, fix);
    }
}
