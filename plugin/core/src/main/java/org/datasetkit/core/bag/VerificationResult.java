package org.datasetkit.core.bag;

import java.nio.file.Path;
import org.datasetkit.core.diag.Diagnostics;

/**
 * The verdict on a bag: valid (RFC 8493 §3: complete, and every checksum matches) when there are no errors.
 *
 * @param bag what was verified
 * @param bagName the bag's base directory name
 * @param payloadFiles payload files checked
 * @param payloadBytes their bytes
 * @param diagnostics every problem found
 */
public record VerificationResult(Path bag, String bagName, long payloadFiles, long payloadBytes, Diagnostics diagnostics) {

    public boolean isValid() {
        return !diagnostics.hasErrors();
    }
}
