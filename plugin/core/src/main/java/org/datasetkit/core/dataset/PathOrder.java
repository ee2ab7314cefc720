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
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                // UTF-16 order is code point order except that surrogates (U+D800..DFFF, the halves of characters
                // beyond U+FFFF) sort below U+E000..FFFF; lifting them above it gives code point order.
                if (x >= Character.MIN_SURROGATE && y >= Character.MIN_SURROGATE) {
                    return lift(x) - lift(y);
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    private static int lift(char c) {
        return c <= Character.MAX_SURROGATE ? c + 0x2000 : c - 0x800;
    }
}
