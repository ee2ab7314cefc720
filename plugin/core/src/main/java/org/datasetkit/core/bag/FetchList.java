package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.datasetkit.core.fixity.BoundedLineReader;
import org.datasetkit.core.fixity.ManifestPath;

/**
 * {@code fetch.txt} (RFC 8493 §2.2.3): lines of {@code url length path} naming payload files to be fetched into the
 * bag. A path must stay inside {@code data/}: a fetcher that trusts {@code ../}, an absolute path or {@code ~} would
 * write anywhere. The files are not fetched here (no network, ever); the paths are checked and remembered, so a
 * listed file that is not in the bag is said to be unfetched rather than lost.
 */
final class FetchList {

    static final String FILE_NAME = "fetch.txt";

    /** Paths remembered for the hints; a hostile list beyond this is still checked line by line. */
    private static final int REMEMBERED = 1 << 20;

    private static final Pattern LINE = Pattern.compile("^(\\S+)[ \\t]+(\\d+|-)[ \\t]+(.+)$");

    /** A safe line: where the file comes from, its length ({@code -1} for '-'), and its path in the bag. */
    record Line(String url, long length, String path) {}

    private final Set<String> paths = new HashSet<>();
    private final List<Line> lines = new ArrayList<>();

    boolean lists(String path) {
        return paths.contains(path);
    }

    /** The safe lines, in their order, each path once (up to the remembered number). */
    List<Line> lines() {
        return lines;
    }

    /** Reads and checks fetch.txt, reporting each bad line. */
    static FetchList read(InputStream content, Charset encoding, BagFindings findings) throws IOException {
        FetchList list = new FetchList();
        BoundedLineReader lines = new BoundedLineReader(content, encoding, 1 << 16);
        try {
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (!line.isBlank()) {
                    list.check(line, lines.lineNumber(), findings);
                }
            }
        } catch (BoundedLineReader.LineTooLong e) {
            findings.add(lineError(findings, "bag.fetch-syntax", e.lineNumber(), "is longer than 65536 characters; "
                    + "the rest of fetch.txt is not read", "each line is a URL, a length and a path"));
        }
        return list;
    }

    private void check(String line, int number, BagFindings findings) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            findings.add(lineError(findings, "bag.fetch-syntax", number, "is not a 'url length path' line",
                    "each line is a URL, the length in bytes (or '-') and a path under data/"));
            return;
        }
        String path = ManifestPath.decode(m.group(3));
        path = path.startsWith("./") ? path.substring(2) : path;
        String unsafe = BagSource.unsafeReason(path);
        if (unsafe != null || !path.startsWith("data/")) {
            findings.add(lineError(findings, "bag.fetch-unsafe-path", number, "names '" + path + "', which "
                    + (unsafe != null ? unsafe : "is not under data/") + ": fetching it would write outside the payload",
                    "fetch.txt may only name files under data/"));
            return;
        }
        if (paths.size() < REMEMBERED && paths.add(path)) {
            long length = m.group(2).equals("-") ? -1 : parseLength(m.group(2));
            lines.add(new Line(m.group(1), length, path));
        }
    }

    /** A length beyond a long is no length a file has: treated as unknown. */
    private static long parseLength(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static org.datasetkit.core.diag.Diagnostic lineError(BagFindings findings, String code, int line,
            String message, String hint) {
        return findings.errorAt(code, FILE_NAME, line, message, hint);
    }
}
