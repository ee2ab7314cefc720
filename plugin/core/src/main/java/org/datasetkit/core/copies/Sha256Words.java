package org.datasetkit.core.copies;

/** A SHA-256 as four 64-bit words, first byte highest: compared and sorted as its lower-case hex is. */
final class Sha256Words {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Sha256Words() {}

    /**
     * The four words of 64 hex digits (either case).
     *
     * @throws IllegalArgumentException naming the text when it is not 64 hex digits
     */
    static long[] of(String hex) {
        if (hex.length() != 64) {
            throw new IllegalArgumentException("a SHA-256 is 64 hex digits, not \"" + hex + "\"");
        }
        long[] words = new long[4];
        for (int i = 0; i < 64; i++) {
            int d = Character.digit(hex.charAt(i), 16);
            if (d < 0) {
                throw new IllegalArgumentException("a SHA-256 is 64 hex digits, not \"" + hex + "\"");
            }
            words[i >> 4] = words[i >> 4] << 4 | d;
        }
        return words;
    }

    /** The lower-case hex of the four words. */
    static String hex(long w0, long w1, long w2, long w3) {
        char[] out = new char[64];
        long[] words = {w0, w1, w2, w3};
        for (int i = 0; i < 64; i++) {
            out[i] = DIGITS[(int) (words[i >> 4] >>> (60 - 4 * (i & 15))) & 15];
        }
        return new String(out);
    }
}
