package org.datasetkit.core.bag;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.datasetkit.core.dataset.PathOrder;
import org.datasetkit.core.fixity.ManifestPath;

/**
 * Writes {@code fetch.txt} (RFC 8493 §2.2.3): {@code url length path} lines, sorted by path like the manifests. The
 * path is encoded as in the manifests (CR, LF and {@code %} only), so that both name a file the same way; the URL is
 * encoded as RFC 3986 requires (see {@link #encodeSegments}).
 */
public final class FetchFile {

    public static final String NAME = "fetch.txt";

    private FetchFile() {}

    public static byte[] render(List<FetchEntry> entries) {
        List<FetchEntry> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> PathOrder.INSTANCE.compare(a.path(), b.path()));
        StringBuilder out = new StringBuilder(sorted.size() * 96);
        for (FetchEntry e : sorted) {
            out.append(e.url()).append(' ').append(e.length()).append(' ').append(ManifestPath.encode(e.path())).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A path as URL path segments: every byte of its UTF-8 form except the unreserved characters of RFC 3986
     * (letters, digits, {@code -._~}) percent-encoded, segment by segment, the slashes kept — what .NET's
     * {@code Uri.EscapeDataString} gives per segment, as SND's storage service writes its fetch URLs. The bytes are
     * taken as the name has them: a name in NFD keeps its decomposed form, so the URL names the same file.
     */
    public static String encodeSegments(String path) {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == '/' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
