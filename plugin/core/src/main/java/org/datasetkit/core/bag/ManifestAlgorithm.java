package org.datasetkit.core.bag;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.datasetkit.core.fixity.DigestAlgorithm;

/**
 * A checksum algorithm a manifest of a bag to verify may use: every name the BagIt specifications allow (RFC 8493
 * §2.4 takes the IANA "Hash Function Textual Names", lower-cased without punctuation; the drafts name md5 and sha1)
 * that this JDK can compute. The build itself writes only {@link DigestAlgorithm}s; reading is wider.
 *
 * @param bagitName the name in {@code manifest-<name>.txt}
 * @param jcaName the JDK's name of the digest
 */
public record ManifestAlgorithm(String bagitName, String jcaName) {

    private static final Map<String, String> KNOWN = Map.of("md2", "MD2", "md5", "MD5", "sha1", "SHA-1",
            "sha224", "SHA-224", "sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");

    public static final ManifestAlgorithm SHA256 = new ManifestAlgorithm("sha256", "SHA-256");
    public static final ManifestAlgorithm SHA512 = new ManifestAlgorithm("sha512", "SHA-512");

    /** The algorithm of a manifest named {@code <prefix><name>.txt}, or null when this JDK cannot compute it. */
    public static ManifestAlgorithm ofFileName(String fileName, String prefix) {
        if (!fileName.startsWith(prefix) || !fileName.endsWith(".txt")) {
            return null;
        }
        String name = fileName.substring(prefix.length(), fileName.length() - ".txt".length());
        String jca = KNOWN.get(name);
        if (jca == null) {
            return null;
        }
        try {
            MessageDigest.getInstance(jca);
            return new ManifestAlgorithm(name, jca);
        } catch (NoSuchAlgorithmException e) {
            return null; // a JDK without it (a FIPS build without MD2, say): said as unsupported
        }
    }

    /** The names this verifier reads, for a message. */
    public static String supportedNames() {
        return "md5, sha1, sha224, sha256, sha384 or sha512";
    }

    public MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(jcaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jcaName + " is missing from this JDK", e);
        }
    }

    public int hexLength() {
        return newDigest().getDigestLength() * 2;
    }
}
