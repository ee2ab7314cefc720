package org.datasetkit.core.fixity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.datasetkit.core.dataset.DatasetFile;

/**
 * One line of a loaded {@link FixityCache}: size and time parsed, identity and checksums left in the file's bytes
 * (already checked at load) until a file asks for them, so loading, which the walk waits for, creates one small
 * object per line; identities are compared in the walk's threads, checksums decoded for hits only.
 */
final class FixityCacheEntry {

    private final byte[] text;
    private final long size;
    private final long lastModified;
    private final long changeTime;
    private final int identityStart;
    private final int identityEnd;
    private final int digestsStart;
    private final boolean compressed;
    /** The scanned file last found to be what this entry describes (the walk asks, then the assembly). */
    private volatile DatasetFile describedLast;

    FixityCacheEntry(byte[] text, long size, long lastModified, long changeTime, int identityStart, int identityEnd,
            int digestsStart, boolean compressed) {
        this.text = text;
        this.size = size;
        this.lastModified = lastModified;
        this.changeTime = changeTime;
        this.identityStart = identityStart;
        this.identityEnd = identityEnd;
        this.digestsStart = digestsStart;
        this.compressed = compressed;
    }

    /**
     * Whether {@code file} is still what this entry describes: same size, modification time and identity as the scan
     * saw, and the same change time now (an edit that kept the size and put the modification time back moved it).
     */
    boolean describes(DatasetFile file) {
        if (describedLast == file) {
            return true; // stat-ed already in this run: when the walk handed it over
        }
        if (size != file.size() || lastModified != file.lastModified() || !identityIs(file.identity())) {
            return false;
        }
        try {
            if (changeTime != ChangeTime.UNKNOWN && ChangeTime.of(file.file()) != changeTime) {
                return false;
            }
        } catch (java.io.IOException e) {
            return false; // hashed again, which says what is wrong with it
        }
        describedLast = file;
        return true;
    }

    long changeTime() {
        return changeTime;
    }

    /** The checksums' bytes, one after the other in the cache's order of algorithms. */
    byte[] packedDigests(List<DigestAlgorithm> algorithms) {
        int length = 0;
        for (DigestAlgorithm a : algorithms) {
            length += a.byteLength();
        }
        byte[] packed = new byte[length];
        int at = digestsStart;
        int into = 0;
        for (DigestAlgorithm a : algorithms) {
            for (int i = 0; i < a.byteLength(); i++, into++) {
                packed[into] = (byte) (hexDigit(text[at + 2 * i]) << 4 | hexDigit(text[at + 2 * i + 1]));
            }
            at += a.hexLength() + 1;
        }
        return packed;
    }

    boolean compressed() {
        return compressed;
    }

    /** A lower-case hex digit, as the cache was checked at load to hold. */
    private static int hexDigit(byte digit) {
        return digit <= '9' ? digit - '0' : digit - 'a' + 10;
    }

    /** Compares byte for character (identities are ASCII on every file system seen); else compares decoded text. */
    private boolean identityIs(String identity) {
        int length = identityEnd - identityStart;
        if (identity.length() == length) {
            int i = 0;
            while (i < length && identity.charAt(i) < 0x80 && text[identityStart + i] == identity.charAt(i)) {
                i++;
            }
            if (i == length) {
                return true;
            }
        }
        return new String(text, identityStart, length, StandardCharsets.UTF_8).equals(identity);
    }
}
