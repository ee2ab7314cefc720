package org.datasetkit.core.privacy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;

/**
 * What the privacy gate found.
 *
 * @param scanned files scanned by the check that read them (dicom, png, jpeg, table; unreadable for files that could
 *     not even be opened)
 * @param files one entry per scanned file: its path, the check that read it and its number of findings, in dataset
 *     order
 * @param diagnostics every finding
 * @param rulesEdition the PS3.15 edition the DICOM rules come from
 * @param elapsed wall-clock time
 * @param kinds every payload file by what its content showed, checked or not: what the gate saw but has no check for
 * @param imaging the DICOM images the gate read, by modality, view and laterality (from the same read of each header)
 * @param cache how many files the gate's cache knew unchanged, so they were not read again, and why the cache was
 *     ignored when it had to be
 */
public record PrivacyResult(Map<String, Integer> scanned, FileReports files, Diagnostics diagnostics,
        String rulesEdition, Duration elapsed, Map<FileKind, Integer> kinds, ImagingCounts imaging, CacheUse cache) {

    /** One scanned file; {@code kind} is the name of the check that read it. */
    public record FileReport(String path, String kind, int findings) {}

    /**
     * What the gate's cache saved.
     *
     * @param files files not read again, their outcome taken from the cache
     * @param warning why the cache was ignored (damaged, another version or folder), if it was
     */
    public record CacheUse(int files, Optional<Diagnostic> warning) {

        public static CacheUse none() {
            return new CacheUse(0, Optional.empty());
        }
    }

    public PrivacyResult {
        scanned = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(scanned)); // sorted: printed and reported
        java.util.Objects.requireNonNull(files, "files");
        kinds = java.util.Collections.unmodifiableMap(kinds.isEmpty() ? new java.util.EnumMap<>(FileKind.class)
                : new java.util.EnumMap<>(kinds));
        java.util.Objects.requireNonNull(imaging, "imaging");
        java.util.Objects.requireNonNull(cache, "cache");
    }

    /** Without a cache, for callers written before the gate had one. */
    public PrivacyResult(Map<String, Integer> scanned, List<FileReport> files, Diagnostics diagnostics,
            String rulesEdition, Duration elapsed, Map<FileKind, Integer> kinds, ImagingCounts imaging) {
        this(scanned, FileReports.of(files), diagnostics, rulesEdition, elapsed, kinds, imaging, CacheUse.none());
    }

    /** Without the images' attributes, for callers written before the gate counted them. */
    public PrivacyResult(Map<String, Integer> scanned, List<FileReport> files, Diagnostics diagnostics,
            String rulesEdition, Duration elapsed, Map<FileKind, Integer> kinds) {
        this(scanned, files, diagnostics, rulesEdition, elapsed, kinds, ImagingCounts.none());
    }

    /** Without the kinds seen, for callers written before the gate counted them. */
    public PrivacyResult(Map<String, Integer> scanned, List<FileReport> files, Diagnostics diagnostics,
            String rulesEdition, Duration elapsed) {
        this(scanned, files, diagnostics, rulesEdition, elapsed, Map.of());
    }

    /** ", 19,998 unchanged since the last run" for the build log; empty when the cache saved nothing. */
    public String cacheInWords() {
        return cache.files() == 0 ? ""
                : String.format(Locale.ROOT, ", %,d unchanged since the last run (not read again)", cache.files());
    }

    /** "3 DICOM files and 1 table scanned", or that there was nothing to scan. */
    public String scannedInWords() {
        if (scanned.isEmpty()) {
            return "no DICOM, PNG, JPEG or table files to scan";
        }
        Map<String, String[]> names = Map.of("dicom", new String[] {"DICOM file", "DICOM files"},
                "png", new String[] {"PNG image", "PNG images"}, "jpeg", new String[] {"JPEG image", "JPEG images"},
                "table", new String[] {"table", "tables"}, "unreadable", new String[] {"unreadable file", "unreadable files"});
        List<String> parts = new ArrayList<>();
        scanned.forEach((kind, n) -> {
            String[] name = names.getOrDefault(kind, new String[] {kind + " file", kind + " files"});
            parts.add(String.format(Locale.ROOT, "%,d %s", n, n == 1 ? name[0] : name[1]));
        });
        String last = parts.remove(parts.size() - 1);
        return (parts.isEmpty() ? last : String.join(", ", parts) + " and " + last) + " scanned";
    }

    /**
     * The findings as the build log shows them: repeated ones grouped (one line per attribute, with the count and the
     * first files), the outliers first; {@link #diagnostics()} keeps every one for the report.
     */
    public Diagnostics grouped() {
        return FindingGroups.of(diagnostics);
    }

    /** The same result with other findings: the severities the user chose. */
    public PrivacyResult withDiagnostics(Diagnostics other) {
        return new PrivacyResult(scanned, files, other, rulesEdition, elapsed, kinds, imaging, cache);
    }
}
