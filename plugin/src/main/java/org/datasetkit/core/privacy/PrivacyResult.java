package org.datasetkit.core.privacy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.datasetkit.core.diag.Diagnostics;

/**
 * What the privacy gate found.
 *
 * @param scanned files scanned by kind (dicom, png, jpeg, table)
 * @param files one entry per scanned file: its path, kind and number of findings, in dataset order
 * @param diagnostics every finding
 * @param rulesEdition the PS3.15 edition the DICOM rules come from
 * @param elapsed wall-clock time
 */
public record PrivacyResult(Map<String, Integer> scanned, List<FileReport> files, Diagnostics diagnostics,
        String rulesEdition, Duration elapsed) {

    /** One scanned file. */
    public record FileReport(String path, String kind, int findings) {}

    public PrivacyResult {
        scanned = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(scanned)); // sorted: printed and reported
        files = List.copyOf(files);
    }
}
