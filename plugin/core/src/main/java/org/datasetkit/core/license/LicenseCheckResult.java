package org.datasetkit.core.license;

import java.util.List;
import org.datasetkit.core.diag.Diagnostics;

/**
 * The licences of a dataset and its sources, checked.
 *
 * @param declared the dataset's licence in canonical form, or empty when it could not be parsed
 * @param overall the worst verdict over every source (COMPATIBLE when there are none)
 * @param sources one verdict per upstream source, in datasheet order
 * @param acceptable licences the dataset could declare that every source accepts (common data licences and the
 *     sources' own)
 * @param textsToShip ids of the listed licences whose text must travel with the data
 * @param notice the NOTICE file's text: attribution for every upstream source
 * @param spdxListVersion the SPDX License List version the ids were checked against
 * @param diagnostics every finding
 */
public record LicenseCheckResult(String declared, Verdict overall, List<SourceVerdict> sources, List<String> acceptable,
        List<String> textsToShip, String notice, String spdxListVersion, Diagnostics diagnostics) {

    public LicenseCheckResult {
        sources = List.copyOf(sources);
        acceptable = List.copyOf(acceptable);
        textsToShip = List.copyOf(textsToShip);
    }

    /**
     * The same result as judged by a build that {@code refuses} it or not: the verdict of a refused check is at best
     * REVIEW, so a report never tells a machine that a licence the build refused is compatible.
     */
    public LicenseCheckResult refused(boolean refuses) {
        Verdict judged = refuses && overall.isAcceptable() ? Verdict.REVIEW : overall;
        return new LicenseCheckResult(declared, judged, sources, acceptable, textsToShip, notice, spdxListVersion, diagnostics);
    }

    /** The same result with other findings: the severities the user chose. */
    public LicenseCheckResult withDiagnostics(Diagnostics other) {
        return new LicenseCheckResult(declared, overall, sources, acceptable, textsToShip, notice, spdxListVersion, other);
    }
}
