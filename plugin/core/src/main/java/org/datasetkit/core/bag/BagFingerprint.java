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
        for (Map.Entry<String, BagPlan.Entry> e : plan.entries().entrySet()) {
            text(sha, e.getKey());
            if (e.getValue() instanceof BagPlan.Entry.Bytes b) {
                text(sha, "bytes " + DigestAlgorithm.toHex(DigestAlgorithm.SHA256.newDigest().digest(b.content())));
            } else if (e.getValue() instanceof BagPlan.Entry.Spooled g) {
                text(sha, "bytes " + g.spooled().digest(DigestAlgorithm.SHA256)); // as if it were in memory
            } else if (e.getValue() instanceof BagPlan.Entry.File f) {
                FileFixity fixity = f.fixity();
                text(sha, "file " + fixity.file().size() + " " + fixity.digests().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).map(d -> d.getKey().bagitName() + ":" + d.getValue()).toList()
                        + (request.compression().deflates(fixity.file().path(), fixity.compressed()) ? " deflated" : " stored"));
            } else {
                text(sha, "folder");
            }
        }
        return DigestAlgorithm.toHex(sha.digest());
    }

    /** A value followed by a separator no path or value holds, so neighbouring values cannot run into each other. */
    private static void text(MessageDigest sha, String value) {
        sha.update(value.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
