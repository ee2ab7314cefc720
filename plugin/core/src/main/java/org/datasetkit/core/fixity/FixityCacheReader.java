package org.datasetkit.core.fixity;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the entry lines of a {@link FixityCache} file from its bytes, in one pass, checking every field: a line
 * out of place makes the whole file untrustworthy. Identities and checksums stay in the bytes until asked for. On an
 * unchanged dataset, reading the cache is a good part of the run, so this avoids what a line reader and
 * {@code split} would cost (decoding, copies, a regex per line).
 */
final class FixityCacheReader {

    /** Thrown at the first thing out of place. */
    static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        Damaged() {
            super(null, null, false, false);
        }
    }

    private final byte[] text;
    private final int end;
    private int at;

    /** Reads {@code text} from {@code from} up to {@code end}. */
    FixityCacheReader(byte[] text, int from, int end) {
        this.text = text;
        this.at = from;
        this.end = end;
    }

    /** The next line, decoded, for the header. */
    String line() throws Damaged {
        return utf8('\n');
    }

    /**
     * The entries from here to the end, by path. Entries of files modified at {@code trustedBefore} or later, or
     * changed too close to {@code writtenNanos}, are left out: their time stamps cannot tell a later change apart.
     */
    Map<String, FixityCacheEntry> entries(List<DigestAlgorithm> algorithms, long trustedBefore, long writtenNanos)
            throws Damaged {
        Map<String, FixityCacheEntry> entries = new HashMap<>(Math.max(16, text.length / 80));
        while (at < end) {
            long size = number('\t');
            long lastModified = number('\t');
            long changeTime = changeTime();
            int identityStart = at;
            int identityEnd = skip('\t');
            int digestsStart = at;
            checkDigests(algorithms);
            boolean compressed = flag();
            String path = ManifestPath.decode(utf8('\n'));
            if (lastModified < trustedBefore && ChangeTime.trusted(changeTime, writtenNanos)) {
                entries.put(path, new FixityCacheEntry(text, size, lastModified, changeTime, identityStart, identityEnd,
                        digestsStart, compressed));
            }
        }
        return entries;
    }

    /** The comma-separated checksums, one per algorithm, then a tab: checked, left in place. */
    private void checkDigests(List<DigestAlgorithm> algorithms) throws Damaged {
        for (int i = 0; i < algorithms.size(); i++) {
            checkHex(algorithms.get(i), i == algorithms.size() - 1 ? '\t' : ',');
        }
    }

    /** One checksum: exactly as many lower-case hex digits as the algorithm gives, then {@code end}. */
    private void checkHex(DigestAlgorithm algorithm, char end) throws Damaged {
        int stop = at + algorithm.hexLength();
        if (stop >= this.end || text[stop] != end) {
            throw new Damaged();
        }
        // Without a branch per character (digits and letters come at random, and mispredicting costs more than the
        // test): x and n - x are both non-negative exactly when 0 <= x <= n, so the sign bit marks "out of range".
        int invalid = 0;
        for (int k = at; k < stop; k++) {
            int digit = text[k] - '0';
            int letter = text[k] - 'a';
            invalid |= ((9 - digit) | digit) & ((5 - letter) | letter);
        }
        if (invalid < 0) {
            throw new Damaged();
        }
        at = stop + 1;
    }

    /** {@code C} (already compressed) or {@code -}, then a tab. */
    private boolean flag() throws Damaged {
        if (at + 1 >= end || text[at + 1] != '\t' || text[at] != 'C' && text[at] != '-') {
            throw new Damaged();
        }
        boolean compressed = text[at] == 'C';
        at += 2;
        return compressed;
    }

    /** A change time, or {@code -} where the file system gives none. */
    private long changeTime() throws Damaged {
        if (at + 1 < end && text[at] == '-' && text[at + 1] == '\t') {
            at += 2;
            return ChangeTime.UNKNOWN;
        }
        return number('\t');
    }

    /** A decimal number, possibly negative, that fits a long, then {@code end}. */
    private long number(char end) throws Damaged {
        boolean negative = at < this.end && text[at] == '-';
        int start = negative ? at + 1 : at;
        int i = start;
        long value = 0;
        for (; i < this.end && text[i] != end; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9 || i - start >= 19) {
                throw new Damaged();
            }
            value = value * 10 + digit;
        }
        if (i == start || i == this.end || value < 0) {
            throw new Damaged(); // empty, cut short, or 19 digits beyond Long.MAX_VALUE (wrapped around)
        }
        at = i + 1;
        return negative ? -value : value;
    }

    /** Skips to past {@code end}, which must come; answers where it was. */
    private int skip(char end) throws Damaged {
        int i = at;
        while (i < this.end && text[i] != end) {
            i++;
        }
        if (i == this.end) {
            throw new Damaged();
        }
        at = i + 1;
        return i;
    }

    /** UTF-8 text up to {@code end}, which must come. */
    private String utf8(char end) throws Damaged {
        int start = at;
        return new String(text, start, skip(end) - start, StandardCharsets.UTF_8);
    }
}
