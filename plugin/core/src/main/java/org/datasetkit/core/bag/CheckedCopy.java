package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.List;
import org.datasetkit.core.dataset.ChangeDetector;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FileFixity;

/**
 * Copies a payload file into the bag while hashing the bytes as they go, and compares them with the checksum its
 * manifest will carry. Size and modification time are checked before and after by {@link ChangeDetector}, but an edit
 * of the same size with the time put back passes those: this is what makes sure the bag never holds bytes its
 * manifest does not describe.
 */
final class CheckedCopy {

    /** The cheapest of the checksums a file has: SHA-256 runs on the processor's own instructions where it has them. */
    private static final List<DigestAlgorithm> PREFERENCE = List.of(DigestAlgorithm.SHA256, DigestAlgorithm.SHA1,
            DigestAlgorithm.MD5, DigestAlgorithm.SHA512);

    private CheckedCopy() {}

    static long copy(FileFixity fixity, OutputStream out) throws IOException, DatasetException {
        DigestAlgorithm algorithm = preferred(fixity);
        MessageDigest digest = algorithm.newDigest();
        long copied = ChangeDetector.copy(fixity.file(), new DigestOutputStream(out, digest), "bundled");
        compare(fixity, algorithm, digest);
        return copied;
    }

    /** Checks the first {@code length} bytes of {@code content}, read from the file already, the same way. */
    static void check(FileFixity fixity, byte[] content, int length) throws DatasetException {
        DigestAlgorithm algorithm = preferred(fixity);
        MessageDigest digest = algorithm.newDigest();
        digest.update(content, 0, length);
        compare(fixity, algorithm, digest);
    }

    private static DigestAlgorithm preferred(FileFixity fixity) {
        return PREFERENCE.stream().filter(a -> fixity.digest(a) != null).findFirst()
                .orElseThrow(() -> new IllegalStateException(fixity.file().path() + " has no checksum"));
    }

    private static void compare(FileFixity fixity, DigestAlgorithm algorithm, MessageDigest digest) throws DatasetException {
        String written = DigestAlgorithm.toHex(digest.digest());
        if (!written.equals(fixity.digest(algorithm))) {
            throw new DatasetException(Diagnostic.error("bundle.content-changed", fixity.file().path(),
                    "the bytes read into the bundle have " + algorithm.bagitName() + " " + written + ", not the "
                            + fixity.digest(algorithm) + " its manifest says: the file was changed after it was checksummed, "
                            + "keeping its size and modification time", "run the build again, which checksums it afresh; "
                            + "if it happens again, something writes to the dataset during the build"));
        }
    }
}
