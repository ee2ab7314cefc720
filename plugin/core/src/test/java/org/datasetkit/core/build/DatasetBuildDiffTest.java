package org.datasetkit.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diff.DiffOptions;
import org.datasetkit.core.diff.ReleaseDiff;
import org.datasetkit.core.diff.VersionRules;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version stage: a release against the bundle of the one before, the version rule, and what the bundle carries. */
class DatasetBuildDiffTest {

    @TempDir
    Path root;

    @TempDir
    Path releases;

    private Path previous;

    @BeforeEach
    void releaseOneZeroZero() throws IOException, DatasetException {
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET);
        Datasets.write(root, "data/labels.csv", "id,label\n1,benign\n2,malignant\n");
        Datasets.write(root, "data/scans/a.dat", "not really a png, but bytes");
        Path bundle = build("1.0.0", DiffSettings.none()).bundle().archive();
        previous = Files.copy(bundle, releases.resolve("previous-1.0.0.zip"));
    }

    private DatasetBuild build(String version, DiffSettings diff) {
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET.replace("1.0.0", version));
        DatasetLocation where = new DatasetLocation(root, Optional.empty(), root.resolve("target"), List.of(), List.of("target"),
                SymlinkPolicy.FOLLOW, Optional.of(version));
        return new DatasetBuild(new BuildSettings(where, GateSettings.defaults(), FixitySettings.defaults(),
                BundleSettings.defaults(), 2, org.datasetkit.core.diag.Vocabulary.NEUTRAL, diff), new StageCache(),
                BuildListener.SILENT);
    }

    private DatasetBuild next(String version) {
        return next(version, VersionRules.defaults());
    }

    private DatasetBuild next(String version, VersionRules rules) {
        return build(version, new DiffSettings(Optional.of(previous), "1.0.0", new DiffOptions(rules, Optional.empty(),
                Optional.empty())));
    }

    private Diagnostic refusal(DatasetBuild build) {
        StageRefusedException refused = catchThrowableOfType(StageRefusedException.class, build::diff);
        assertThat(refused).as("the version check refuses").isNotNull();
        assertThat(refused.stage()).isEqualTo(Stage.DIFF);
        return refused.diagnostics().all().get(0);
    }

    @Test
    void aChangedFileUnderAPatchVersionIsRefusedWithTheSmallestCorrectVersionAtTheVersionsPosition() throws Exception {
        Datasets.write(root, "data/scans/a.dat", "other bytes");
        Diagnostic d = refusal(next("1.0.1"));
        assertThat(d.code()).isEqualTo("version.too-small");
        assertThat(d.file()).isEqualTo("datasheet.yaml");
        assertThat(d.line()).isEqualTo(4);
        assertThat(d.column()).isEqualTo(10);
        assertThat(d.message()).contains("payload files changed (changed: data/scans/a.dat)").contains("major");
        assertThat(d.hint()).contains("release it as 2.0.0 or later");
        assertThat(refusal(next("1.1.0")).hint()).contains("2.0.0");
        assertThat(next("2.0.0").diff()).isPresent();
        assertThat(next("3.0.0").diff()).as("jumping further than needed is fine").isPresent();
        assertThat(next("2.0.0-rc.1").diff()).as("a pre-release of the needed version").isPresent();
    }

    @Test
    void anAddedFileNeedsAMinorReleaseAndAnAddedRowIsNotAChangedFile() throws Exception {
        Datasets.write(root, "data/scans/b.dat", "a new image");
        Datasets.write(root, "data/labels.csv", "id,label\n1,benign\n2,malignant\n3,benign\n");
        assertThat(refusal(next("1.0.1")).hint()).contains("release it as 1.1.0 or later");
        ReleaseDiff diff = next("1.1.0").diff().orElseThrow();
        assertThat(diff.files().added()).containsExactly("data/scans/b.dat");
        assertThat(diff.tables()).singleElement().satisfies(t -> {
            assertThat(t.rowsAdded()).isEqualTo(1);
            assertThat(t.labelsAfter()).containsEntry("benign", 2);
        });
    }

    @Test
    void aDatasheetOnlyChangeIsAPatchAndTheDatasheetIsNotComparedAsAFile() throws Exception {
        DatasetBuild build = build("1.0.1", new DiffSettings(Optional.of(previous), "1.0.0", DiffOptions.defaults()));
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET.replace("1.0.0", "1.0.1")
                .replace("made by a unit test", "written by a unit test"));
        ReleaseDiff diff = build.diff().orElseThrow();
        assertThat(diff.files().isEmpty()).isTrue();
        assertThat(diff.datasheet().changes()).extracting(c -> c.pointer()).containsExactly("/description");
        assertThat(diff.required().word()).isEqualTo("patch");
    }

    @Test
    void aChangedLicenceIsMajorAndTheRuleIsConfigurable() throws Exception {
        Datasets.write(root, "data/scans/a.dat", "other bytes");
        assertThat(next("1.1.0", VersionRules.parse(Map.of("file.changed", "minor"))).diff()).isPresent();
        DatasetBuild relicensed = next("1.1.0", VersionRules.parse(Map.of("file.changed", "minor")));
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET.replace("1.0.0", "1.1.0")
                .replace("CC-BY-4.0", "CC-BY-SA-4.0"));
        assertThat(refusal(relicensed).message()).contains("the licence changed");
    }

    @Test
    void theBundleCarriesTheChangelogTheDiffAndItsVersion() throws Exception {
        Datasets.write(root, "data/scans/b.dat", "a new image");
        Path bundle = next("1.1.0").bundle().archive();
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            String top = root.getFileName() + "-1.1.0/";
            String changelog = new String(zip.getInputStream(zip.getEntry(top + "data/CHANGELOG.md")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(changelog).contains("## 1.1.0 (2026-05-01)", "### Added (1)", "- `data/scans/b.dat`");
            assertThat(zip.getEntry(top + "data/metadata/changes.json")).isNotNull();
            assertThat(new String(zip.getInputStream(zip.getEntry(top + "bag-info.txt")).readAllBytes(),
                    StandardCharsets.UTF_8)).contains("Version: 1.1.0");
            assertThat(new String(zip.getInputStream(zip.getEntry(top + "manifest-sha256.txt")).readAllBytes(),
                    StandardCharsets.UTF_8)).contains("data/CHANGELOG.md");
        }
        assertThat(next("1.1.0").verify().isValid()).isTrue();
    }

    @Test
    void theMaintainersNotesForTheVersionLeadTheChangelog() throws Exception {
        Datasets.write(root, "data/scans/b.dat", "a new image");
        DatasetBuild build = next("1.1.0");
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET.replace("1.0.0", "1.1.0").replace(
                "contact: \"jane@example.org\"}", "contact: \"jane@example.org\", versionNotes: {en: \"Case b added.\","
                        + " sv: \"Fall b tillagt.\"}}"));
        build.bundle();
        String changelog = Files.readString(root.resolve("target/dataset/CHANGELOG.md"));
        assertThat(changelog).contains("or later.\n\n### Notes\n\n**en**: Case b added.\n\n**sv**: Fall b tillagt.\n\n### Added (1)");
    }
}
