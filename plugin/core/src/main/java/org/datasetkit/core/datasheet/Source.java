package org.datasetkit.core.datasheet;

import java.util.List;
import java.util.Optional;

/**
 * One upstream source under {@code provenance.sources}.
 *
 * @param at where the source's entry stands in the datasheet
 * @param license the source's licence as written (platform spellings such as "CC BY 4.0" included)
 * @param licenseAt where that licence stands, for licence findings
 * @param use copy, collect, adapt or reference: decides the licence rules
 * @param paths where the source's material lies in the dataset (globs), to match per-path licences
 * @param licenseReview a documented human review accepting a REVIEW verdict
 * @param fingerprints where the source's fingerprints are (a path, or {@code artifact:g:a:v}), to check copies against
 */
public record Source(DatasheetLocation at, String title, Optional<String> identifier, Optional<String> version,
        String license, DatasheetLocation licenseAt, String use, Optional<String> retrievedOn, Optional<String> creator,
        Optional<LocalizedText> modifications, List<String> paths, Optional<LicenseReview> licenseReview,
        Optional<String> fingerprints) {

    /** Who accepted the source's licence after review, when, and why. */
    public record LicenseReview(String reviewer, String date, LocalizedText conclusion) {

        /** "reviewer, date: conclusion", as verdicts and findings quote it. */
        public String summary() {
            return reviewer + ", " + date + ": " + conclusion.english();
        }
    }

    public Source {
        paths = List.copyOf(paths);
    }

    /** A source without fingerprints. */
    public Source(DatasheetLocation at, String title, Optional<String> identifier, Optional<String> version,
            String license, DatasheetLocation licenseAt, String use, Optional<String> retrievedOn, Optional<String> creator,
            Optional<LocalizedText> modifications, List<String> paths, Optional<LicenseReview> licenseReview) {
        this(at, title, identifier, version, license, licenseAt, use, retrievedOn, creator, modifications, paths,
                licenseReview, Optional.empty());
    }
}
