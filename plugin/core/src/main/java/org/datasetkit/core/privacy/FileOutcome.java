package org.datasetkit.core.privacy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;

/**
 * What the gate learned of one payload file, by reading it or from the {@link PrivacyCache}: everything the file
 * contributes to the result, so a file not read again contributes exactly what reading it would.
 *
 * @param kind what its content showed; empty when it could not even be opened
 * @param check the name of the check that read it, or empty when no check reads its kind
 * @param findings what the check found, each with the shape of the value when it is about a name that did not match
 *     the declared pseudonym pattern (its hint depends on the shapes the whole scan matched)
 * @param image what the file says about its image, when a check read that
 * @param matchedShapes the shapes of the values in it that matched the pseudonym pattern
 * @param entry the file's lines for the next cache, or null when its outcome must not be kept (the file could not be
 *     read for a reason that may pass: permissions, a disk error, a fault in a check)
 * @param fromCache whether it came from the cache rather than from reading the file
 */
record FileOutcome(Optional<FileKind> kind, Optional<String> check, List<Finding> findings,
        Optional<ImageAttributes> image, Set<String> matchedShapes, byte[] entry, boolean fromCache) {

    /** One finding, with the shape of the unmatched value it is about, if it is about one. */
    record Finding(Diagnostic diagnostic, Optional<String> unmatchedShape) {}

    FileOutcome {
        findings = List.copyOf(findings);
        matchedShapes = Set.copyOf(matchedShapes);
    }

    /** The same outcome with the lines the next cache keeps for it. */
    FileOutcome withEntry(byte[] lines, boolean cached) {
        return new FileOutcome(kind, check, findings, image, matchedShapes, lines, cached);
    }
}
