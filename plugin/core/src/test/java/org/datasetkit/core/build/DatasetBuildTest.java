package org.datasetkit.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.bag.BagWriteResult;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diag.FailurePolicy;
import org.datasetkit.core.diag.Severity;
import org.datasetkit.core.diag.SeverityOverrides;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stage runner: whatever is asked for, the gates run first, each once per build, and only the user turns one off. */
class DatasetBuildTest {

    @TempDir
    Path root;

    private final StageCache cache = new StageCache();
    private final Recorder recorder = new Recorder();

    /** What the front end was told, in order. */
    static final class Recorder implements BuildListener {
        final List<String> lines = new ArrayList<>();

        @Override
        public void findings(Stage stage, Diagnostics diagnostics, Optional<Path> fullList) {
            diagnostics.all().forEach(d -> lines.add(stage + " " + d.severity().label() + " " + d.code()));
        }

        @Override
        public void info(String line) {
            lines.add("info " + line);
        }

        @Override
        public void warn(String line) {
            lines.add("warn " + line);
        }

        long count(String prefix) {
            return lines.stream().filter(l -> l.startsWith(prefix)).count();
        }
    }

    @BeforeEach
    void dataset() {
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET);
        Datasets.write(root, "data/labels.csv", "id,label\n1,benign\n2,malignant\n");
        Datasets.write(root, "docs/README.md", "# Test\n");
    }

    private DatasetBuild build(GateSettings gates) {
        DatasetLocation where = new DatasetLocation(root, Optional.empty(), root.resolve("target"), List.of(), List.of("target"),
                SymlinkPolicy.FOLLOW, Optional.of("1.0.0"));
        return new DatasetBuild(new BuildSettings(where, gates, FixitySettings.defaults(), BundleSettings.defaults(), 2),
                cache, recorder);
    }

    private DatasetBuild build() {
        return build(GateSettings.defaults());
    }

    private static GateSettings turnedOff(Stage... gates) {
        return new GateSettings(FailurePolicy.ERROR, SeverityOverrides.NONE, Set.of(gates), Optional.empty(), Optional.empty());
    }

    private void leakAPersonalIdentityNumber() {
        Datasets.write(root, "data/notes.csv", "id,note\n1,fine\n2,pnr 19811218-9876 in a note\n");
    }

    @Test
    void aBundleAskedForDirectlyRunsEveryGateFirstAndIsWritten() throws Exception {
        BagWriteResult written = build().bundle();

        assertThat(written.archive()).isEqualTo(root.resolve("target/" + root.getFileName() + "-1.0.0.zip"));
        assertThat(written.archive()).isRegularFile();
        assertThat(recorder.lines).filteredOn(l -> l.startsWith("info "))
                .extracting(l -> l.substring(5, 14)).containsExactly("Licence C", "Privacy g", "Checksums", "Fingerpri", "Report: /",
                        "Bundle: /");
        assertThat(root.resolve("target/dataset/report.json")).exists();
        assertThat(root.resolve("target/dataset/licenses.json")).exists();
        assertThat(root.resolve("target/dataset/privacy.json")).exists();
    }

    @Test
    void noBundleIsWrittenWhenTheFilesContradictTheDatasheet() throws Exception {
        leakAPersonalIdentityNumber();

        StageRefusedException refused = catchThrowableOfType(StageRefusedException.class, () -> build().bundle());

        assertThat(refused.stage()).isEqualTo(Stage.PRIVACY);
        assertThat(refused.getMessage()).isEqualTo("The files contradict the datasheet's personalData declaration: 1 error, 0 warnings");
        assertThat(recorder.lines).contains("PRIVACY error privacy.personal-identity-number");
        assertThat(recorder.count("info Checksums")).isZero();
        assertThat(root.resolve("target")).isDirectoryNotContaining("glob:**.zip");
    }

    @Test
    void noBundleIsWrittenWhenASourceLicenceForbidsIt() throws Exception {
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET.replace("provenance: {origin: original}",
                "provenance: {origin: derived, sources: [{title: HAM10000, license: CC-BY-NC-4.0, use: adapt}]}"));

        StageRefusedException refused = catchThrowableOfType(StageRefusedException.class, () -> build().verify());

        assertThat(refused.stage()).isEqualTo(Stage.LICENSES);
        assertThat(recorder.lines).contains("LICENSES error license.incompatible");
        assertThat(recorder.count("info Privacy")).isZero();
        assertThat(root.resolve("target")).isDirectoryNotContaining("glob:**.zip");
    }

    @Test
    void aGateTheUserTurnedOffIsSaidOnceAndRecordedInTheBagAndTheReport() throws Exception {
        leakAPersonalIdentityNumber();
        DatasetBuild build = build(turnedOff(Stage.PRIVACY));

        BagWriteResult written = build.bundle();
        build.fixity();

        assertThat(recorder.lines).containsOnlyOnce(
                "warn The privacy gate is turned off by the user: no file was checked for personal data; the bundle's"
                        + " bag-info.txt and the stage's report record it");
        assertThat(Files.readString(root.resolve("target/dataset/privacy.json"))).contains("\"gate\" : \"off\"");
        String bagInfo = entry(written.archive(), "bag-info.txt");
        assertThat(bagInfo).contains("Datasetkit-Gate-Turned-Off: the privacy gate (turned off by the user)\n");
        assertThat(bagInfo.indexOf("Datasetkit-Gate-Turned-Off")).isLessThan(bagInfo.indexOf("Bag-Software-Agent"));
    }

    @Test
    void aLicenceGateTurnedOffStillWritesTheNoticeButStopsNothing() throws Exception {
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET.replace("provenance: {origin: original}",
                "provenance: {origin: derived, sources: [{title: HAM10000, license: CC-BY-NC-4.0, use: adapt}]}"));

        BagWriteResult written = build(turnedOff(Stage.LICENSES)).bundle();

        assertThat(Files.readString(root.resolve("target/dataset/licenses.json"))).contains("\"gate\" : \"off\"",
                "\"verdict\" : \"INCOMPATIBLE\"");
        assertThat(entry(written.archive(), "bag-info.txt"))
                .contains("Datasetkit-Gate-Turned-Off: the licence check (turned off by the user)");
    }

    @Test
    void eachStageRunsOncePerBuildWhateverAsksForIt() throws Exception {
        DatasetBuild first = build();
        first.validation();
        first.licences();
        build().privacy(); // another goal of the same build: a new runner, the same cache
        build().fixity();
        build().bundle();
        build().verify();

        assertThat(recorder.count("info Licence")).isEqualTo(1);
        assertThat(recorder.count("info Privacy")).isEqualTo(1);
        assertThat(recorder.count("info Checksums")).isEqualTo(1);
        assertThat(recorder.count("info Bundle")).isEqualTo(1);
    }

    @Test
    void aGateRefusesEveryLaterRequestWithoutPrintingItsFindingsAgain() throws Exception {
        leakAPersonalIdentityNumber();
        catchThrowableOfType(StageRefusedException.class, () -> build().privacy());
        StageRefusedException again = catchThrowableOfType(StageRefusedException.class, () -> build().bundle());

        assertThat(again.stage()).isEqualTo(Stage.PRIVACY);
        assertThat(recorder.count("PRIVACY error")).isEqualTo(1);
    }

    @Test
    void otherSettingsForALaterStageReuseTheStagesBeforeIt() throws Exception {
        build().fixity();
        DatasetLocation where = new DatasetLocation(root, Optional.empty(), root.resolve("target"), List.of(), List.of("target"),
                SymlinkPolicy.FOLLOW, Optional.of("1.0.0"));
        BundleSettings tarGz = new BundleSettings(Optional.empty(), Optional.empty(), "tar.gz",
                org.datasetkit.core.bag.Compression.AUTO, Optional.empty(), Optional.empty(), Optional.empty());
        BagWriteResult written = new DatasetBuild(new BuildSettings(where, GateSettings.defaults(),
                FixitySettings.defaults(), tarGz, 2), cache, recorder).bundle();

        assertThat(written.archive().getFileName().toString()).endsWith("-1.0.0.tar.gz");
        assertThat(recorder.count("info Checksums")).isEqualTo(1);
    }

    @Test
    void aLoweredSeverityIsAppliedAndTheReportSaysSo() throws Exception {
        leakAPersonalIdentityNumber();
        GateSettings lowered = new GateSettings(FailurePolicy.ERROR,
                SeverityOverrides.parse(Map.of("privacy.*", "warning")), Set.of(), Optional.empty(), Optional.empty());

        build(lowered).bundle();

        assertThat(recorder.lines).contains("PRIVACY warning privacy.personal-identity-number");
        assertThat(Files.readString(root.resolve("target/dataset/report.json"), StandardCharsets.UTF_8))
                .contains("\"severityOverrides\"", "\"privacy.*\" : \"warning\"");
    }

    @Test
    void validateRefusesWhatTheBagitProfileWouldRefuseBeforeAnyFileIsRead() throws Exception {
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET.replace("version: \"1.0.0\"",
                "version: \"1.0.0\"\nprofiles: [core]"));
        BundleSettings snd = new BundleSettings(Optional.empty(), Optional.empty(), "zip",
                org.datasetkit.core.bag.Compression.AUTO, Optional.of("snd"), Optional.empty(), Optional.empty());
        DatasetLocation where = new DatasetLocation(root, Optional.empty(), root.resolve("target"), List.of(), List.of("target"),
                SymlinkPolicy.FOLLOW, Optional.of("1.0.0"));
        DatasetBuild build = new DatasetBuild(new BuildSettings(where, GateSettings.defaults(), FixitySettings.defaults(),
                snd, 2), cache, recorder);

        StageRefusedException refused = catchThrowableOfType(StageRefusedException.class, build::datasheet);

        assertThat(refused.stage()).isEqualTo(Stage.VALIDATE);
        assertThat(refused.diagnostics().all()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("bag.profile-missing");
            assertThat(d.message()).contains("Bag-Group-Identifier");
        });
        assertThat(root.resolve("target/dataset/fixity-cache.tsv")).doesNotExist();
    }

    @Test
    void settingsThatCannotWorkAreRefusedWhenMadeBeforeAnyWork() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> BuildSettings.threads(-1)))
                .hasMessage("must be 0 (one per processor) or more, not -1");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> BuildSettings.threads(100_000)))
                .hasMessage("must be at most 256, not 100000");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> BundleSettings.format("rar")))
                .hasMessage("must be zip, tar.gz or directory, not 'rar'");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> turnedOff(Stage.VALIDATE)))
                .hasMessageContaining("cannot be turned off");
        assertThat(SeverityOverrides.parse(Map.of("a.*", "warning", "a.b.*", "info")).apply(Diagnostics.of(
                org.datasetkit.core.diag.Diagnostic.error("a.b.c", "f", "m", "h"))).all().get(0).severity())
                .isEqualTo(Severity.INFO);
    }

    /** A tag file of a zipped bag, read by the JDK's zip reader. */
    private static String entry(Path archive, String tagFile) throws Exception {
        String top = archive.getFileName().toString().replaceFirst("\\.zip$", "");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(archive.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(top + "/" + tagFile)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
