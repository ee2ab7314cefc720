package org.datasetkit.core.datasheet;

import java.util.List;
import java.util.Optional;

/**
 * The dataset's licence ({@code license}).
 *
 * @param spdx the SPDX expression as written (or a LicenseRef-*)
 * @param spdxAt where the expression stands, for licence findings
 * @param textFile the licence text in the dataset, relative to its folder
 * @param files per-path licences, in order (the first match wins)
 */
public record License(String spdx, DatasheetLocation spdxAt, Optional<String> name, Optional<String> url,
        Optional<String> textFile, List<PathLicense> files, Optional<AdditionalTerms> additionalTerms) {

    /** A licence for part of the dataset: the files matching {@code paths} (globs) are under {@code spdx}. */
    public record PathLicense(List<String> paths, String spdx, DatasheetLocation spdxAt) {

        public PathLicense {
            paths = List.copyOf(paths);
        }
    }

    /** Terms beyond the licence: a data use agreement, whether attribution is required. */
    public record AdditionalTerms(Optional<String> dua, Optional<Boolean> attributionRequired) {}

    public License {
        files = List.copyOf(files);
    }
}
