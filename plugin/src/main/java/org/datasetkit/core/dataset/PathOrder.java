package org.datasetkit.core.dataset;

import java.util.Comparator;

/**
 * Orders paths by their UTF-8 bytes, which is code point order. {@link String#compareTo} compares UTF-16 units
 * and disagrees for characters beyond U+FFFF, so it is not used for anything written out.
 */
public final class PathOrder implements Comparator<String> {

    public static final PathOrder INSTANCE = new PathOrder();

    private PathOrder() {}

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
