package org.datasetkit.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.FailurePolicy;
import org.datasetkit.core.diag.SeverityOverrides;
import org.datasetkit.core.report.ReportResult;
import org.datasetkit.core.support.Datasets;
import org.datasetkit.core.support.MedicalDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report as a stage: after the gates and the checksums, written once per build, and carried by the bag. */
class ReportBuildTest {

    @TempDir
    Path root;

    private final DatasetBuildTest.Recorder recorder = new DatasetBuildTest.Recorder();

    private DatasetBuild build(GateSettings gates) {
        DatasetLocation where = new DatasetLocation(root, Optional.empty(), root.resolve("target"), List.of(), List.of("target"),
                SymlinkPolicy.FOLLOW, Optional.of("1.2.0"));
        return new DatasetBuild(new BuildSettings(where, gates, FixitySettings.defaults(), BundleSettings.defaults(), 2),
                new StageCache(), recorder);
    }

    @Test
    void theReportComesAfterTheGatesAndTheChecksumsAndTheBagCarriesIt() throws Exception {
        MedicalDataset.write(root, 10);
        DatasetBuild build = build(GateSettings.defaults());

        ReportResult report = build.report();

        assertThat(report.file()).isEqualTo(root.resolve("target/dataset/report.html"));
        assertThat(Files.readString(report.file())).isEqualTo(report.html());
        assertThat(recorder.lines).filteredOn(l -> l.startsWith("info ")).extracting(l -> l.split(" ")[1])
                .containsSubsequence("Licence", "Privacy", "Checksums", "Report:");
        assertThat(report.figures().modality().valueOf("MG")).isEqualTo(40);
        assertThat(report.figures().labels().total()).isEqualTo(40);

        var bag = build.bundle();
        assertThat(recorder.count("info Report:")).as("the bundle reuses the build's report").isEqualTo(1);
        try (ZipFile zip = new ZipFile(bag.archive().toFile())) {
            var entry = zip.getEntry(root.getFileName() + "-1.2.0/data/DATASHEET.html");
            assertThat(entry).as("the bag carries the report").isNotNull();
            assertThat(zip.getInputStream(entry).readAllBytes()).isEqualTo(report.bytes());
            String crate = new String(zip.getInputStream(zip.getEntry(root.getFileName() + "-1.2.0/data/ro-crate-metadata.json"))
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(crate).contains("DATASHEET.html").contains("text/html");
        }
    }

    @Test
    void aLabelColumnTheTableLacksIsADatasheetErrorAtItsLineAndColumn() throws Exception {
        MedicalDataset.write(root, 3);
        Path sheet = root.resolve("datasheet.yaml");
        Files.writeString(sheet, Files.readString(sheet).replace("column: label", "column: outcome"));

        DatasetException e = catchThrowableOfType(DatasetException.class, () -> build(GateSettings.defaults()).report());

        Diagnostic d = e.diagnostics().all().get(0);
        assertThat(d.code()).isEqualTo("report.label-column-missing");
        assertThat(d.file()).isEqualTo("datasheet.yaml");
        List<String> lines = Files.readAllLines(sheet);
        assertThat(lines.get(d.line() - 1).substring(d.column() - 1)).startsWith("outcome");
        assertThat(d.message()).contains("image, patient, label, split");
        assertThat(root.resolve("target/dataset/report.html")).doesNotExist();
    }

    @Test
    void withThePrivacyGateTurnedOffTheReportSaysSoAndCountsNoImages() throws Exception {
        MedicalDataset.write(root, 2);
        GateSettings off = new GateSettings(FailurePolicy.ERROR, SeverityOverrides.NONE, Set.of(Stage.PRIVACY),
                Optional.empty(), Optional.empty());

        ReportResult report = build(off).report();

        assertThat(report.figures().modality().isEmpty()).isTrue();
        assertThat(report.html()).contains("The privacy gate was turned off by the user");
    }

    @Test
    void aDatasetWithoutDicomOrLabelTableStillGetsItsReport() throws Exception {
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET.replace("1.0.0", "1.2.0"));
        Datasets.write(root, "data/a.csv", "id,label\n1,benign\n2,malignant\n");
        Datasets.write(root, "docs/README.md", "# Test\n");

        ReportResult report = build(GateSettings.defaults()).report();

        assertThat(report.figures().files()).isEqualTo(3);
        assertThat(report.html()).contains("no DICOM files").contains("names no label table");
    }
}
