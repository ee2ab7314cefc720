package org.datasetkit.core.fixity;

/**
 * The file-path encoding of BagIt manifests (RFC 8493 §2.1.3): CR, LF and {@code %} — and only those — are
 * percent-encoded. Many BagIt tools forget {@code %}; this class does not.
 */
public final class ManifestPath {

    private ManifestPath() {}

    public static String encode(String path) {
        if (!needsEncoding(path)) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case '\n' -> out.append("%0A");
                case '\r' -> out.append("%0D");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #encode} would change the path: it holds a CR, an LF or a {@code %}. */
    public static boolean needsEncoding(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Decodes {@code %0A}, {@code %0D} and {@code %25} (either hex case); every other {@code %} stays as it is. */
    public static String decode(String encoded) {
        if (encoded.indexOf('%') < 0) {
            return encoded;
        }
        StringBuilder out = new StringBuilder(encoded.length());
        int i = 0;
        while (i < encoded.length()) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                String code = encoded.substring(i + 1, i + 3).toUpperCase(java.util.Locale.ROOT);
                switch (code) {
                    case "0A" -> {
                        out.append('\n');
                        i += 3;
                        continue;
                    }
                    case "0D" -> {
                        out.append('\r');
                        i += 3;
                        continue;
                    }
                    case "25" -> {
                        out.append('%');
                        i += 3;
                        continue;
                    }
                    default -> {
                        // not one of ours: a legacy, unencoded '%'
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
