package org.datasetkit.core.datasheet;

import java.util.List;
import java.util.Optional;

/**
 * How personal data was removed or replaced, which the privacy gate then holds the files to.
 *
 * @param method in words, e.g. the DICOM PS3.15 Basic Application Level Confidentiality Profile
 * @param tool the program and its version
 * @param options PS3.15 Annex E options applied ({@code retainLongitudinal}, {@code cleanDescriptors}, ...)
 * @param pseudonymPattern what every remaining person name and patient ID matches
 * @param dummyValues values written in place of identifying ones, which the gate accepts
 * @param privateCreators private creators whose attributes were reviewed as safe
 */
public record Deidentification(String method, Optional<String> tool, Optional<LocalizedText> residualRisk,
        List<String> options, Optional<PseudonymPattern> pseudonymPattern, List<String> dummyValues,
        List<String> privateCreators) {

    /**
     * A regular expression (java.util.regex) as written; validation has checked that it compiles and cannot
     * backtrack without bound.
     *
     * @param at where it stands, for findings about it
     */
    public record PseudonymPattern(String regex, DatasheetLocation at) {}

    public Deidentification {
        options = List.copyOf(options);
        dummyValues = List.copyOf(dummyValues);
        privateCreators = List.copyOf(privateCreators);
    }
}
