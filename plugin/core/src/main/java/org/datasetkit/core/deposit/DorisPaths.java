package org.datasetkit.core.deposit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.datasetkit.core.diag.Diagnostic;

/**
 * The DORIS storage service's path rules ({@code PathValidation}: every segment non-empty, not {@code .} or
 * {@code ..}), plus what downstream BagIt tools need (no CR, LF or {@code %}; NFC), checked for every file before the
 * first byte is sent; and the encoding of a path in an upload URL.
 */
final class DorisPaths {

    private DorisPaths() {}

    /** Every file name the service or the archives after it would refuse, one error each. */
    static List<Diagnostic> problems(List<DepositFile> files) {
        List<Diagnostic> problems = new ArrayList<>();
        for (DepositFile f : files) {
            String why = problem(f.name());
            if (why != null) {
                problems.add(Diagnostic.error("deposit.doris-path", "data/" + f.name(), why,
                        "rename the file in the dataset folder and build again"));
            }
        }
        return problems;
    }

    /** Why the service would refuse this path, or null. */
    static String problem(String path) {
        if (path.isEmpty()) {
            return "an empty path";
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "the DORIS storage service refuses paths with an empty, '.' or '..' segment";
            }
        }
        if (path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0 || path.indexOf('%') >= 0) {
            return "a line break or '%' in a name: the service stores it, but the BagIt tools of the archives after it"
                    + " do not read it back";
        }
        if (!Normalizer.isNormalized(path, Normalizer.Form.NFC)) {
            return "the name is not in Unicode NFC: the same name may then be stored twice";
        }
        return null;
    }

    /** A value or path as URL path segments: each segment percent-encoded (RFC 3986), the slashes kept. */
    static String encode(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c == '/' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '.' || c == '_' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }

    /**
     * The manifest-sha256.txt the service keeps for these files: {@code <hex> data/<path>} lines, one space, sorted
     * ordinally by path, paths encoded as RFC 8493 asks ({@code %}, LF, CR only).
     */
    static byte[] serviceManifest(List<DepositFile> files) {
        List<String> lines = new ArrayList<>();
        for (DepositFile f : files) {
            String path = "data/" + f.name().replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
            lines.add(path + "\u0000" + f.hex());
        }
        lines.sort(null); // ordinal, as the service sorts (UTF-16 code units)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String l : lines) {
            int cut = l.indexOf('\u0000');
            out.writeBytes((l.substring(cut + 1) + " " + l.substring(0, cut) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
