package org.datasetkit.core.privacy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;

/**
 * What the gate's result sums up, added one file's {@link FileOutcome} at a time in dataset order and then
 * forgotten: counts, the images' attributes as counts, the findings, the pseudonym notes and one byte per file for
 * {@link FileReports}. Used by one thread.
 */
final class ScanTotals {

    private final Map<String, Integer> scanned = new TreeMap<>();
    private final Map<FileKind, Integer> kinds = new EnumMap<>(FileKind.class);
    private final Map<String, Integer> modality = new TreeMap<>();
    private final Map<String, Integer> view = new TreeMap<>();
    private final Map<String, Integer> laterality = new TreeMap<>();
    private final List<Diagnostic> findings = new ArrayList<>();
    private final PseudonymShapes shapes = new PseudonymShapes();
    private final FileReports.Builder reports;
    private int headers;
    private int fromCache;

    ScanTotals(Dataset dataset) {
        List<org.datasetkit.core.dataset.DatasetFile> files = dataset.files();
        this.reports = new FileReports.Builder(i -> files.get(i).path(), files.size());
    }

    void add(int index, FileOutcome o) {
        o.kind().ifPresent(k -> kinds.merge(k, 1, Integer::sum));
        o.image().ifPresent(image -> {
            headers++;
            count(modality, image.modality());
            count(view, image.view());
            count(laterality, image.laterality());
        });
        if (o.check().isPresent()) {
            scanned.merge(o.check().get(), 1, Integer::sum);
            reports.add(index, o.check().get(), o.findings().size());
            o.findings().forEach(f -> findings.add(f.diagnostic()));
        }
        shapes.add(o);
        fromCache += o.fromCache() ? 1 : 0;
    }

    private static void count(Map<String, Integer> counts, Optional<String> value) {
        counts.merge(value.orElse(ImagingCounts.NOT_STATED), 1, Integer::sum);
    }

    PrivacyResult result(PrivacyPolicy policy, Duration elapsed, Optional<Diagnostic> cacheWarning) {
        List<Diagnostic> all = shapes.withHints(findings, policy.declaresPseudonym());
        return new PrivacyResult(scanned, reports.build(), Diagnostics.sorted(all), DeidentificationRules.EDITION,
                elapsed, kinds, new ImagingCounts(headers, modality, view, laterality),
                new PrivacyResult.CacheUse(fromCache, cacheWarning));
    }
}
