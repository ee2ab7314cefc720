package org.datasetkit.core.copies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex, as every fingerprint spells it. */
final class Sha256 {

    /** The pixel hash's layout (see {@link #pixels}): samples in their stored width after a depth header. */
    static final String PIXELS = "pixels-depth";

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

    /**
     * The pixels' hash, so the same pixels hash equal whatever file format carried them: the width, height and stored
     * bit depth ({@link GreyImage#bits}, 0 for derived values) as three big-endian 32-bit ints, then every grey value
     * row-major in the narrowest width that holds it exactly: one byte for depths up to 8, two big-endian bytes up to
     * 16, and the big-endian IEEE float bits for derived values. The depth in the header keeps an 8-bit image apart
     * from a 16-bit one with the same small values.
     */
    static String pixels(GreyImage image) {
        MessageDigest md = digest();
        md.update(java.nio.ByteBuffer.allocate(12).putInt(image.width()).putInt(image.height()).putInt(image.bits())
                .array());
        float[] v = image.values();
        byte[] chunk = new byte[CHUNK];
        int bytes = image.bits() == 0 ? 4 : image.bits() <= 8 ? 1 : 2;
        int perChunk = CHUNK / bytes;
        for (int from = 0; from < v.length; from += perChunk) {
            int to = Math.min(v.length, from + perChunk);
            switch (bytes) {
                case 1 -> {
                    for (int i = from; i < to; i++) {
                        chunk[i - from] = (byte) (int) v[i];
                    }
                }
                case 2 -> {
                    for (int i = from, j = 0; i < to; i++, j += 2) {
                        int s = (int) v[i];
                        chunk[j] = (byte) (s >> 8);
                        chunk[j + 1] = (byte) s;
                    }
                }
                default -> java.nio.ByteBuffer.wrap(chunk).asFloatBuffer().put(v, from, to - from);
            }
            md.update(chunk, 0, (to - from) * bytes);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Bytes hashed per update: large enough to keep the digest's inner loop busy, small enough to stay in cache. */
    private static final int CHUNK = 1 << 16;
}
