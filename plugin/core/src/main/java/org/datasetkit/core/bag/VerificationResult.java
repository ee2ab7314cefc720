package org.datasetkit.core.bag;

import java.nio.file.Path;
import org.datasetkit.core.diag.Diagnostics;

/**
 * The verdict on a bag: valid (RFC 8493 §3: complete, and every checksum matches) when there are no errors. A
 * {@link VerificationTier#FAST} verdict proves the bag complete and its sizes right, not its checksums.
 *
 * @param bag what was verified
 * @param bagName the bag's base directory name
 * @param payloadFiles payload files checked
 * @param payloadBytes their bytes
 * @param diagnostics every problem found
 * @param tier how deeply it was checked
 */
public record VerificationResult(Path bag, String bagName, long payloadFiles, long payloadBytes, Diagnostics diagnostics,
        VerificationTier tier) {

    /** A verdict of a full verification. */
    public VerificationResult(Path bag, String bagName, long payloadFiles, long payloadBytes, Diagnostics diagnostics) {
        this(bag, bagName, payloadFiles, payloadBytes, diagnostics, VerificationTier.FULL);
    }

    public boolean isValid() {
        return !diagnostics.hasErrors();
    }

    /** Whether the payload's contents were read and their checksums compared. */
    public boolean contentsRead() {
        return tier == VerificationTier.FULL;
    }
}
