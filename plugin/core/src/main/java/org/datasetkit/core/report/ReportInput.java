package org.datasetkit.core.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.datasetkit.core.copies.CopiesResult;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.ValidationResult;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.license.LicenseCheckResult;
import org.datasetkit.core.privacy.PrivacyResult;

/**
 * The results of the stages a report is made from; the report reads them, it never reads the data again (the label
 * table is counted by {@link LabelTableReader} before, when the datasheet names one).
 *
 * @param validation the datasheet check: completeness per section, and its findings
 * @param privacy the privacy gate's result, empty when the user turned the gate off
 * @param gatesTurnedOff the gates the user turned off, in words ("the privacy gate")
 * @param labels the label table's counts, when the datasheet names a table
 * @param softwareAgent the tool that made the report, with its version
 * @param copies the copy check's result, empty when the user turned it off
 */
public record ReportInput(Datasheet datasheet, ValidationResult validation, LicenseCheckResult licences,
        Optional<PrivacyResult> privacy, List<String> gatesTurnedOff, FixityResult fixity, Optional<LabelCounts> labels,
        String softwareAgent, Optional<CopiesResult> copies) {

    /** The results of a build whose copy check did not run. */
    public ReportInput(Datasheet datasheet, ValidationResult validation, LicenseCheckResult licences,
            Optional<PrivacyResult> privacy, List<String> gatesTurnedOff, FixityResult fixity,
            Optional<LabelCounts> labels, String softwareAgent) {
        this(datasheet, validation, licences, privacy, gatesTurnedOff, fixity, labels, softwareAgent, Optional.empty());
    }

    public ReportInput {
        Objects.requireNonNull(datasheet, "datasheet");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(licences, "licences");
        Objects.requireNonNull(privacy, "privacy");
        gatesTurnedOff = List.copyOf(gatesTurnedOff);
        Objects.requireNonNull(fixity, "fixity");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(softwareAgent, "softwareAgent");
        Objects.requireNonNull(copies, "copies");
    }
}
