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
        byte[] text = new byte[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            text[2 * i] = HEX_DIGITS[(digest[i] >> 4) & 0xf];
            text[2 * i + 1] = HEX_DIGITS[digest[i] & 0xf];
        }
        return new String(text, StandardCharsets.ISO_8859_1);
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
