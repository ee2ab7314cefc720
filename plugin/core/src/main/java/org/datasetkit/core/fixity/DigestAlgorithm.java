package org.datasetkit.core.fixity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/** The checksum algorithms a bag may carry, with their JCA and BagIt manifest names. */
public enum DigestAlgorithm {
    SHA256("SHA-256", "sha256", 32),
    SHA512("SHA-512", "sha512", 64),
    SHA1("SHA-1", "sha1", 20),
    MD5("MD5", "md5", 16);

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final String jcaName;
    private final String bagitName;
    private final int bytes;

    DigestAlgorithm(String jcaName, String bagitName, int bytes) {
        this.jcaName = jcaName;
        this.bagitName = bagitName;
        this.bytes = bytes;
    }

    /** Length of a checksum in bytes. */
    public int byteLength() {
        return bytes;
    }

    /** Length of a checksum in hex digits. */
    public int hexLength() {
        return bytes * 2;
    }

    /** The name in {@code manifest-<name>.txt}: lower case, no punctuation (RFC 8493 §2.1.3). */
    public String bagitName() {
        return bagitName;
    }

    public String manifestFileName() {
        return "manifest-" + bagitName + ".txt";
    }

    public String tagManifestFileName() {
        return "tagmanifest-" + bagitName + ".txt";
    }

    /** A fresh digest; digests are not thread-safe, so every task takes its own. */
    public MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(jcaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jcaName + " is missing from this JDK", e);
        }
    }

    /**
     * A finished digest as a manifest spells it: lower-case hex. A plain table loop rather than
     * {@link java.util.HexFormat}, whose appends, one call per digit, cost a build in a new JVM several percent of its
     * hashing time on many small files until the JIT has compiled them.
     */
    public static String toHex(byte[] digest) {
        return toHex(digest, 0, digest.length);
    }

    /** {@code length} bytes of {@code bytes} from {@code from} in lower-case hex. */
    public static String toHex(byte[] bytes, int from, int length) {
        byte[] text = new byte[length * 2];
        hexInto(bytes, from, length, text, 0);
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    /** Writes {@code length} bytes from {@code from} as lower-case hex into {@code text} at {@code at}. */
    static void hexInto(byte[] bytes, int from, int length, byte[] text, int at) {
        for (int i = 0; i < length; i++) {
            byte b = bytes[from + i];
            text[at + 2 * i] = HEX_DIGITS[(b >> 4) & 0xf];
            text[at + 2 * i + 1] = HEX_DIGITS[b & 0xf];
        }
    }

    /**
     * Decodes a checksum of this algorithm given in hex (either case) into {@code into} at {@code at}; answers the
     * number of bytes written.
     */
    public static int fromHex(CharSequence hex, byte[] into, int at, DigestAlgorithm algorithm) {
        if (hex.length() != algorithm.hexLength()) {
            throw new IllegalArgumentException("a " + algorithm.bagitName() + " checksum has " + algorithm.hexLength()
                    + " hex digits, not " + hex.length() + ": '" + hex + "'");
        }
        for (int i = 0; i < algorithm.bytes; i++) {
            int high = hexDigit(hex.charAt(2 * i));
            int low = hexDigit(hex.charAt(2 * i + 1));
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException("not a hex checksum: '" + hex + "' (only 0-9 and a-f)");
            }
            into[at + i] = (byte) (high << 4 | low);
        }
        return algorithm.bytes;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    /** Accepts {@code SHA-256}, {@code sha256}, {@code SHA256} and the like. */
    public static DigestAlgorithm parse(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        for (DigestAlgorithm a : values()) {
            if (a.bagitName.equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown checksum algorithm '" + name + "'; use sha256, sha512, sha1 or md5");
    }

    /** The algorithm a manifest file name such as {@code manifest-sha256.txt} stands for, or null. */
    public static DigestAlgorithm ofManifestName(String fileName, String prefix) {
        for (DigestAlgorithm a : values()) {
            if (fileName.equals(prefix + a.bagitName + ".txt")) {
                return a;
            }
        }
        return null;
    }
}
