package org.datasetkit.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.build.BuildListener;
import org.datasetkit.core.build.BuildSettings;
import org.datasetkit.core.build.BundleSettings;
import org.datasetkit.core.build.DatasetBuild;
import org.datasetkit.core.build.DatasetLocation;
import org.datasetkit.core.build.FixitySettings;
import org.datasetkit.core.build.GateSettings;
import org.datasetkit.core.build.StageCache;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.fixity.FileFixity;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.support.MedicalDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The numbers behind each chart of the report, from the stages' results of a real build. */
class ReportFiguresTest {

    @TempDir
    Path root;

    static DatasetBuild build(Path root) {
        DatasetLocation where = new DatasetLocation(root, Optional.empty(), root.resolve("target"), List.of(), List.of("target"),
                SymlinkPolicy.FOLLOW, Optional.of("1.2.0"));
        return new DatasetBuild(new BuildSettings(where, GateSettings.defaults(), FixitySettings.defaults(),
                BundleSettings.defaults(), 2), new StageCache(), BuildListener.SILENT);
    }

    private ReportFigures medical(int patients) throws Exception {
        MedicalDataset.write(root, patients);
        return build(root).report().figures();
    }

    @Test
    void filesAndBytesAreCountedByExtensionAndByFolderTwoLevelsDeep() throws Exception {
        MedicalDataset.write(root, 2);
        ReportInput real = LargeReport.inputOf(build(root));
        List<DatasetFile> files = List.of(file("data/dicom/p1/a.dcm", 100), file("data/dicom/p2/b.DCM", 200),
                file("data/labels.csv", 50), file("README", 5), file("x.tar.gz", 10), file(".hidden", 1));
        FixityResult fixity = new FixityResult(new Dataset(root, files, Diagnostics.none()), real.fixity().algorithms(),
                files.stream().map(f -> new FileFixity(f, Map.of(), false)).toList(), real.fixity().stats(),
                Diagnostics.none());

        ReportFigures f = ReportFigures.of(new ReportInput(real.datasheet(), real.validation(), real.licences(),
                real.privacy(), List.of(), fixity, Optional.empty(), "test"));

        assertThat(f.files()).isEqualTo(6);
        assertThat(f.bytes()).isEqualTo(366);
        assertThat(f.filesByFormat().entries()).extracting(Tally.Entry::label, Tally.Entry::value).containsExactly(
                tuple("(no extension)", 2L), tuple("dcm", 2L), tuple("csv", 1L), tuple("tar.gz", 1L)); // ties by label
        assertThat(f.bytesByFormat().entries()).extracting(Tally.Entry::label, Tally.Entry::value).containsExactly(
                tuple("dcm", 300L), tuple("csv", 50L), tuple("tar.gz", 10L), tuple("(no extension)", 6L));
        assertThat(f.filesByFolder().entries()).extracting(Tally.Entry::label, Tally.Entry::value).containsExactly(
                tuple("(top level)", 3L), tuple("data/dicom", 2L), tuple("data", 1L));
        assertThat(f.bytesByFolder().valueOf("data/dicom")).isEqualTo(300);
    }

    private DatasetFile file(String path, long size) {
        return DatasetFile.of(path, root, size, 0, "");
    }

    @Test
    void aLongTailIsFoldedIntoOneOtherBarThatKeepsTheTotal() {
        Map<String, Long> values = new LinkedHashMap<>();
        for (int i = 1; i <= 20; i++) {
            values.put("v" + i, (long) i);
        }

        Tally t = Tally.of(values, "files", 12, false);

        assertThat(t.entries()).hasSize(12);
        assertThat(t.entries().get(0)).isEqualTo(new Tally.Entry("v20", 20, 0));
        assertThat(t.entries().get(11)).isEqualTo(new Tally.Entry("other (9)", 45, 9)); // v1..v9
        assertThat(t.total()).isEqualTo(210);
        assertThat(Tally.of(Map.of("b", 1L, "a", 1L, "c", 2L), "files").entries()).extracting(Tally.Entry::label)
                .as("largest first, then by label").containsExactly("c", "a", "b");
    }

    @Test
    void imagesAreCountedByModalityViewAndLateralityFromTheHeadersTheGateRead() throws Exception {
        ReportFigures f = medical(10);

        assertThat(f.modality().entries()).extracting(Tally.Entry::label, Tally.Entry::value).containsExactly(tuple("MG", 40L));
        assertThat(f.view().entries()).extracting(Tally.Entry::label, Tally.Entry::value)
                .containsExactly(tuple("CC", 20L), tuple("MLO", 20L));
        assertThat(f.laterality().entries()).extracting(Tally.Entry::label, Tally.Entry::value)
                .containsExactly(tuple("L", 20L), tuple("R", 20L));
    }

    @Test
    void labelsAndSplitsAreCountedFromTheLabelTable() throws Exception {
        ReportFigures f = medical(10);

        // patients 1..10: label = LABELS[p % 3], split by p % 10 (0-6 train, 7 validation, 8-9 test); four rows each:
        // train 1-6 and 10, validation 7, test 8 (malignant) and 9 (normal)
        assertThat(f.labels().entries()).extracting(Tally.Entry::label, Tally.Entry::value).containsExactly(
                tuple("benign", 16L), tuple("malignant", 12L), tuple("normal", 12L));
        assertThat(f.splits().entries()).extracting(Tally.Entry::label, Tally.Entry::value)
                .as("in the table's order, not by size").containsExactly(tuple("train", 28L), tuple("validation", 4L),
                        tuple("test", 8L));
        assertThat(f.labelsBySplit().get("test").entries()).extracting(Tally.Entry::label, Tally.Entry::value)
                .containsExactly(tuple("malignant", 4L), tuple("normal", 4L));
        assertThat(f.labelsBySplit().get("validation").entries()).extracting(Tally.Entry::label).containsExactly("benign");
        assertThat(f.undeclaredLabels()).isEmpty();
    }

    @Test
    void labelsTheDatasheetDoesNotDeclareAreNamed() throws Exception {
        MedicalDataset.write(root, 3);
        java.nio.file.Files.writeString(root.resolve("datasheet.yaml"), java.nio.file.Files.readString(
                root.resolve("datasheet.yaml")).replace("classes: [normal, benign, malignant]", "classes: [normal, benign]"));

        assertThat(build(root).report().figures().undeclaredLabels()).containsExactly("malignant");
    }

    @Test
    void theTimelineHasEveryDatedEventOfTheDatasheetEarliestFirst() throws Exception {
        ReportFigures f = medical(1);

        assertThat(f.timeline()).extracting(e -> e.label(), e -> e.start(), e -> e.end().orElse(null)).containsExactly(
                tuple("Collection period", LocalDate.of(2008, 1, 1), LocalDate.of(2015, 12, 31)),
                tuple("Ethics approval: Swedish Ethical Review Authority", LocalDate.of(2020, 3, 1), null),
                tuple("Retrieved: CBIS-DDSM", LocalDate.of(2025, 11, 2), null),
                tuple("Deidentification", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 20)),
                tuple("Annotation", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 15)),
                tuple("Created", LocalDate.of(2026, 3, 1), null),
                tuple("Published (version 1.2.0)", LocalDate.of(2026, 5, 1), null));
    }

    @Test
    void completenessIsTheDatasheetChecksOwnScorePerSection() throws Exception {
        MedicalDataset.write(root, 1);
        DatasetBuild build = build(root);

        ReportFigures f = build.report().figures();

        assertThat(f.completeness()).isEqualTo(build.validation().completeness().orElseThrow().sections());
        assertThat(f.completeness()).extracting(s -> s.name()).contains("composition", "uses");
    }
}
