package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.security.MessageDigest;
import java.util.Collection;
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

    Map<ManifestAlgorithm, String> compute(InputStream content, long declaredSize, Collection<ManifestAlgorithm> algorithms)
            throws IOException {
        Map<ManifestAlgorithm, MessageDigest> digests = new LinkedHashMap<>();
        for (ManifestAlgorithm a : algorithms) {
            digests.put(a, a.newDigest());
        }
        InputStream in = new SizeBoundedInput(content, declaredSize);
        int n;
        while ((n = in.read(buffer)) >= 0) {
            for (MessageDigest d : digests.values()) {
                d.update(buffer, 0, n);
            }
        }
        Map<ManifestAlgorithm, String> hex = new LinkedHashMap<>();
        digests.forEach((a, d) -> hex.put(a, DigestAlgorithm.toHex(d.digest())));
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
