package org.datasetkit.core.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.build.DatasetBuild;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.fixity.FileFixity;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.fixity.FixityStats;
import org.datasetkit.core.privacy.ImagingCounts;
import org.datasetkit.core.privacy.PrivacyResult;

/**
 * A report's input for a large dataset without writing it to disk: the stages' results of a small real build, with
 * the files, the DICOM counts and the label table scaled up to {@code n} files (500 patients' folders, four views
 * each, three labels, three splits). The report reads results only, so this is what it would get.
 */
final class LargeReport {

    private LargeReport() {}

    static ReportInput inputOf(DatasetBuild build) throws Exception {
        var validation = build.validation();
        return new ReportInput(build.datasheet(), validation, build.licences(), build.privacy(), List.of(), build.fixity(),
                Optional.empty(), "datasetkit test");
    }

    static ReportInput withFiles(ReportInput small, int n) {
        List<DatasetFile> files = new ArrayList<>(n);
        List<FileFixity> sums = new ArrayList<>(n);
        Map<String, Long> labels = new LinkedHashMap<>();
        Map<String, Long> splits = new LinkedHashMap<>();
        Map<String, Map<String, Long>> both = new LinkedHashMap<>();
        String[] views = {"L_CC", "L_MLO", "R_CC", "R_MLO"};
        for (int i = 0; i < n - 1; i++) {
            String path = String.format(Locale.ROOT, "data/site%02d/p%05d/%s.dcm", i % 7, i / 4, views[i % 4]);
            DatasetFile f = DatasetFile.of(path, Path.of("/nonexistent"), 9_000_000L + i % 1000, 0, "");
            files.add(f);
            sums.add(new FileFixity(f, Map.of(), false));
            String label = org.datasetkit.core.support.MedicalDataset.label(i / 4);
            String split = org.datasetkit.core.support.MedicalDataset.split(i / 4);
            labels.merge(label, 1L, Long::sum);
            splits.merge(split, 1L, Long::sum);
            both.computeIfAbsent(split, k -> new LinkedHashMap<>()).merge(label, 1L, Long::sum);
        }
        DatasetFile table = DatasetFile.of("data/labels.csv", Path.of("/nonexistent"), 4_800_000, 0, "");
        files.add(table);
        sums.add(new FileFixity(table, Map.of(), false));
        FixityResult fixity = new FixityResult(new Dataset(Path.of("/nonexistent"), files, Diagnostics.none()),
                small.fixity().algorithms(), sums, small.fixity().stats(), Diagnostics.none());
        int images = n - 1;
        ImagingCounts imaging = new ImagingCounts(images, Map.of("MG", images),
                Map.of("CC", images / 2, "MLO", images - images / 2), Map.of("L", images / 2, "R", images - images / 2));
        PrivacyResult privacy = new PrivacyResult(Map.of("dicom", images, "table", 1), List.of(), Diagnostics.none(),
                "DICOM PS3.15", Duration.ZERO, Map.of(), imaging);
        LabelCounts counts = new LabelCounts("data/labels.csv", images, "label", labels, Optional.of("split"), splits, both);
        return new ReportInput(small.datasheet(), small.validation(), small.licences(), Optional.of(privacy), List.of(),
                fixity, Optional.of(counts), small.softwareAgent());
    }
}
