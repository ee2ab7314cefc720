package org.datasetkit.core.export;

import org.datasetkit.core.datasheet.Source;
import org.datasetkit.core.license.LicenseCheckResult;
import org.datasetkit.core.license.SourceVerdict;

/** An upstream source's licence as the licence check read it (canonical SPDX), else as the datasheet writes it. */
final class SourceLicences {

    private SourceLicences() {}

    static LicenseLabel label(LicenseCheckResult licences, int index, Source source) {
        if (index < licences.sources().size()) {
            SourceVerdict verdict = licences.sources().get(index);
            if (verdict.title().equals(source.title()) && !verdict.license().isEmpty()) {
                return LicenseLabel.ofId(verdict.license());
            }
        }
        return LicenseLabel.ofId(source.license());
    }
}
