package org.datasetkit.core.license;

import java.util.List;
import org.datasetkit.core.diag.Diagnostics;

/**
 * The licences of a dataset and its sources, parsed and checked against the SPDX list.
 *
 * @param declared the dataset's licence in canonical form, or empty when it could not be parsed
 * @param sources each upstream source's licence, in datasheet order
 * @param spdxListVersion the SPDX License List version the ids were checked against
 * @param diagnostics every finding
 */
public record LicenseCheckResult(String declared, List<SourceLicense> sources, String spdxListVersion, Diagnostics diagnostics) {

    /** One upstream source and its licence in canonical form (empty when unparseable). */
    public record SourceLicense(String title, String use, String license) {}

    public LicenseCheckResult {
        sources = List.copyOf(sources);
    }
}
