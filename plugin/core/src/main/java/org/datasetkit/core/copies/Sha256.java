package org.datasetkit.core.copies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex, as every fingerprint spells it. */
final class Sha256 {

    private Sha256() {}

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hex(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The pixels' hash: size, then each grey value's float bits, so equal decoded images hash equal. */
    static String pixels(GreyImage image) {
        MessageDigest md = digest();
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(8 + image.values().length * 4);
        buf.putInt(image.width()).putInt(image.height());
        buf.asFloatBuffer().put(image.values()); // in bulk: the same bytes as one putFloat per value, far faster
        return HexFormat.of().formatHex(md.digest(buf.array()));
    }
}
