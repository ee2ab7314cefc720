package org.datasetkit.core.bag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FileFixity;

/**
 * A digest of everything that decides the bytes of a bag archive: every entry of its plan (path, and content, or size
 * and checksums for a dataset file), the bag's name, the serialisation, the entries' time and which are deflated.
 * The plan's tag files carry the rest (bag-info with the software and its version). Writers are deterministic, so two
 * builds with the same fingerprint write the same archive.
 */
public final class BagFingerprint {

    private BagFingerprint() {}

    public static String of(BagPlan plan, BagRequest request, String format) {
        MessageDigest sha = DigestAlgorithm.SHA256.newDigest();
        text(sha, "datasetkit-bag-fingerprint 2");
        text(sha, BagWriter.extension(format));
        text(sha, request.bagName());
        text(sha, request.timestamp().toString());
        StringBuilder line = new StringBuilder(256);
        for (Map.Entry<String, BagPlan.Entry> e : plan.entries().entrySet()) {
            text(sha, e.getKey());
            if (e.getValue() instanceof BagPlan.Entry.Bytes b) {
                text(sha, "bytes " + DigestAlgorithm.toHex(DigestAlgorithm.SHA256.newDigest().digest(b.content())));
            } else if (e.getValue() instanceof BagPlan.Entry.Spooled g) {
                text(sha, "bytes " + g.spooled().digest(DigestAlgorithm.SHA256)); // as if it were in memory
            } else if (e.getValue() instanceof BagPlan.Entry.File f) {
                text(sha, file(line, f.fixity(), request));
            } else {
                text(sha, "folder");
            }
        }
        return DigestAlgorithm.toHex(sha.digest());
    }

    /**
     * "file SIZE [sha256:HEX, sha512:HEX] stored": the digests in the algorithms' order, as a sorted list prints them
     * (the same bytes as before this was built by hand, so kept bundles stay kept), in one reused builder.
     */
    private static CharSequence file(StringBuilder line, FileFixity fixity, BagRequest request) {
        line.setLength(0);
        line.append("file ").append(fixity.file().size()).append(" [");
        Map<DigestAlgorithm, String> digests = fixity.digests();
        boolean first = true;
        for (DigestAlgorithm a : DigestAlgorithm.values()) { // enum order: what sorting by key gave
            String hex = digests.get(a);
            if (hex != null) {
                line.append(first ? "" : ", ").append(a.bagitName()).append(':').append(hex);
                first = false;
            }
        }
        return line.append(']').append(request.compression().deflates(fixity.file().path(), fixity.compressed())
                ? " deflated" : " stored");
    }

    private static void text(MessageDigest sha, CharSequence value) {
        text(sha, value.toString());
    }

    /** A value followed by a separator no path or value holds, so neighbouring values cannot run into each other. */
    private static void text(MessageDigest sha, String value) {
        sha.update(value.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
