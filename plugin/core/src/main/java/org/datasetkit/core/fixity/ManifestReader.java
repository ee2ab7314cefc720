package org.datasetkit.core.fixity;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;

/**
 * Reads BagIt manifests, strictly where RFC 8493 is strict and tolerant of legacy forms (CRLF endings, upper-case
 * hex, md5sum's {@code *path}) with a warning for each kind, so old bags can still be checked.
 */
public final class ManifestReader {

    private static final Pattern LINE = Pattern.compile("^([0-9A-Fa-f]+)[ \\t]+(\\*?)(.+)$");

    /** The entries of a manifest, and what was wrong or old-fashioned in it. */
    public record Parsed(List<ManifestEntry> entries, List<Diagnostic> findings) {}

    private ManifestReader() {}

    public static Parsed read(String fileName, byte[] content, Charset encoding, int hexLength) {
        List<ManifestEntry> entries = new ArrayList<>();
        List<Diagnostic> findings = new ArrayList<>();
        String text = new String(content, encoding);
        boolean crlf = false;
        boolean upper = false;
        boolean star = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == lines.length - 1 && line.isEmpty()) {
                break;
            }
            if (line.endsWith("\r")) {
                crlf = true;
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                findings.add(new Diagnostic(Severity.ERROR, "bag.manifest-syntax", fileName, i + 1, 1, "",
                        "is not a 'checksum path' line", "each line is a hex checksum, spaces, and a path under data/"));
                continue;
            }
            String hex = m.group(1);
            if (hexLength > 0 && hex.length() != hexLength) {
                findings.add(new Diagnostic(Severity.ERROR, "bag.manifest-checksum", fileName, i + 1, 1, "",
                        "has a checksum of " + hex.length() + " hex digits where " + hexLength + " are expected",
                        "regenerate the manifest"));
                continue;
            }
            upper |= !hex.equals(hex.toLowerCase(java.util.Locale.ROOT));
            star |= !m.group(2).isEmpty();
            entries.add(new ManifestEntry(hex.toLowerCase(java.util.Locale.ROOT), ManifestPath.decode(m.group(3))));
        }
        if (crlf) {
            findings.add(legacy(fileName, "uses CRLF line endings", "write LF line endings"));
        }
        if (upper) {
            findings.add(legacy(fileName, "has upper-case checksums", "write checksums in lower case"));
        }
        if (star) {
            findings.add(legacy(fileName, "uses md5sum's '*path' form; RFC 8493 bags must not",
                    "remove the '*' before the paths"));
        }
        return new Parsed(entries, findings);
    }

    private static Diagnostic legacy(String fileName, String what, String fix) {
        return Diagnostic.warning("bag.manifest-legacy", fileName, what, fix);
    }
}
