package org.datasetkit.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * A document's identity derived from its own content, never random, so that the same inputs give the same bytes:
 * the document is written with {@link #PLACEHOLDER} where its identifier goes, and the name-based UUID of those
 * bytes replaces it. A changed document gets a new identifier, an unchanged one keeps its own.
 */
final class ContentUuid {

    /** Stands where the identifier goes until the content is known; no datasheet value can be mistaken for it. */
    static final String PLACEHOLDER = "urn:uuid:00000000-0000-0000-0000-000000000000";

    /** Writes a document with {@code id} wherever its identifier goes. */
    @FunctionalInterface
    interface Document {
        void write(String id, OutputStream out) throws IOException;
    }

    private ContentUuid() {}

    /** The text with every placeholder replaced by {@code prefix} + the UUID of the text as written. */
    static String fill(String text, String prefix) {
        UUID uuid = UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
        return text.replace(PLACEHOLDER, prefix + uuid);
    }

    /**
     * Writes {@code document} to {@code out} with {@code prefix} + the UUID {@link #fill} gives it, without holding it:
     * a first pass with the placeholder only feeds the digest the UUID is made of (the document grows with the
     * payload), and a second pass writes it with that identifier.
     */
    static void write(OutputStream out, String prefix, Document document) throws IOException {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5"); // what UUID.nameUUIDFromBytes hashes with
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
        document.write(PLACEHOLDER, new DigestOutputStream(OutputStream.nullOutputStream(), md5));
        document.write(prefix + nameUuid(md5.digest()), out);
    }

    /** The document as text (small documents, tests). */
    static String text(String prefix, Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, prefix, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown by a byte array
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The version-3 UUID of an MD5 digest, as {@link UUID#nameUUIDFromBytes} makes it. */
    private static UUID nameUuid(byte[] md5) {
        md5[6] = (byte) ((md5[6] & 0x0f) | 0x30);
        md5[8] = (byte) ((md5[8] & 0x3f) | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (md5[i] & 0xff);
            lsb = (lsb << 8) | (md5[i + 8] & 0xff);
        }
        return new UUID(msb, lsb);
    }
}
