package org.datasetkit.core.bag;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on a bag that may list files in fetch.txt.
 *
 * @param verification the bag as verified: its own files, and the fetched ones when they were supplied
 * @param unfetchedFiles files fetch.txt lists that are neither in the bag nor supplied: the bag is complete once
 *     they are fetched; their checksums are not checked
 * @param unfetchedBytes their bytes, as fetch.txt gives them
 * @param suppliedFiles files fetch.txt lists that were read from the previous bag and checked
 * @param previous the previous release's bag the fetched files were read from, if one was given
 */
public record HoleyBagResult(VerificationResult verification, long unfetchedFiles, long unfetchedBytes, long suppliedFiles,
        Optional<Path> previous) {

    public HoleyBagResult {
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(previous, "previous");
    }

    /** A bag without fetch.txt, verified as it is. */
    static HoleyBagResult whole(VerificationResult verification) {
        return new HoleyBagResult(verification, 0, 0, 0, Optional.empty());
    }

    /** Valid, and complete: nothing is left to fetch (RFC 8493 §3). */
    public boolean isComplete() {
        return verification.isValid() && unfetchedFiles == 0;
    }
}
