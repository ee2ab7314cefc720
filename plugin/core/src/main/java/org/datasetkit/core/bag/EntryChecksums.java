package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.datasetkit.core.fixity.DigestAlgorithm;

/** The checksums of one entry of a bag, read once for all its algorithms and no further than its declared size. */
final class EntryChecksums {

    /** Where the checksums of the entries go, or why an entry could not be read. */
    interface Sink {
        void found(String path, Map<ManifestAlgorithm, String> checksums);

        void failed(String path, String why);
    }

    private final byte[] buffer = new byte[1 << 16];
    /** One digest per algorithm, reused from entry to entry (looking one up cost as much as hashing a small file). */
    private final Map<ManifestAlgorithm, MessageDigest> digests = new HashMap<>();

    /** Not shared between threads: each reading thread has its own. */
    EntryChecksums() {}

    Map<ManifestAlgorithm, String> compute(InputStream content, long declaredSize, Collection<ManifestAlgorithm> algorithms)
            throws IOException {
        MessageDigest[] using = new MessageDigest[algorithms.size()];
        int i = 0;
        for (ManifestAlgorithm a : algorithms) {
            using[i] = digests.computeIfAbsent(a, ManifestAlgorithm::newDigest);
            using[i++].reset(); // a read that failed half-way left it dirty
        }
        InputStream in = new SizeBoundedInput(content, declaredSize);
        int n;
        while ((n = in.read(buffer)) >= 0) {
            for (MessageDigest d : using) {
                d.update(buffer, 0, n);
            }
        }
        if (using.length == 1) {
            return Map.of(algorithms.iterator().next(), DigestAlgorithm.toHex(using[0].digest()));
        }
        Map<ManifestAlgorithm, String> hex = new LinkedHashMap<>();
        i = 0;
        for (ManifestAlgorithm a : algorithms) {
            hex.put(a, DigestAlgorithm.toHex(using[i++].digest()));
        }
        return hex;
    }

    /** Why reading an entry failed, in words for the user. */
    static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof SizeBoundedInput.SizeMismatch ? message : "cannot be read: " + message;
    }
}
