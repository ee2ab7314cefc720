package org.datasetkit.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs never land among the payload: they would be bundled as data next time, or hide the data they share a folder with. */
class DatasetLocationTest {

    @TempDir
    Path root;

    @TempDir
    Path elsewhere;

    private static DatasetLocation location(Path root, Path output, List<String> excludes) {
        return new DatasetLocation(root, Optional.empty(), output, excludes, List.of("pom.xml", "target"),
                SymlinkPolicy.FOLLOW, Optional.empty());
    }

    private static String refusal(Path root, Path output, List<String> excludes) {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> location(root, output, excludes));
        assertThat(e).as("expected " + output + " to be refused").isNotNull();
        return e.getMessage();
    }

    @Test
    void anOutputFolderInsideThePayloadIsRefusedNamingTheFolder() {
        assertThat(refusal(root, root.resolve("data"), List.of()))
                .contains("lies inside the dataset folder", "in data/, which is payload", "outside the dataset");
        assertThat(refusal(root, root.resolve("data/out"), List.of())).contains("in data/, which is payload");
    }

    @Test
    void theDatasetFolderItselfIsRefusedAsOutput() {
        assertThat(refusal(root, root, List.of())).contains("is the dataset folder");
    }

    @Test
    void anOutputFolderWhoseReportsFolderIsTheDatasetIsRefused() throws Exception {
        Path dataset = Files.createDirectories(elsewhere.resolve("dataset"));

        assertThat(refusal(dataset, elsewhere, List.of())).contains("is the dataset folder " + dataset);
    }

    @Test
    void theBuildsOwnFolderAnExcludedFolderAndFoldersOutsideAreAllowed() {
        assertThatCode(() -> location(root, root.resolve("target"), List.of())).doesNotThrowAnyException();
        assertThatCode(() -> location(root, root.resolve("target/other"), List.of())).doesNotThrowAnyException();
        assertThatCode(() -> location(root, root.resolve("scratch/out"), List.of("scratch/**"))).doesNotThrowAnyException();
        assertThatCode(() -> location(root, elsewhere, List.of())).doesNotThrowAnyException();
        assertThatCode(() -> location(root.resolve("a"), root, List.of())).as("the parent of the dataset").doesNotThrowAnyException();
    }

    @Test
    void aPatternThatIsNotAGlobIsRefusedWithItsText() {
        assertThat(refusal(root, root.resolve("target"), List.of("["))).contains("'[' is not a glob pattern");
    }

    @Test
    void anOutputFolderLinkedIntoTheDatasetIsRefusedBeforeAnythingIsWritten() throws Exception {
        Datasets.minimal(root);
        Path data = Files.createDirectories(root.resolve("data"));
        Path link = Files.createSymbolicLink(elsewhere.resolve("out"), data);
        DatasetBuild build = new DatasetBuild(new BuildSettings(location(root, link, List.of()), GateSettings.defaults(),
                FixitySettings.defaults(), BundleSettings.defaults(), 1), new StageCache(), new DatasetBuildTest.Recorder());

        DatasetException e = catchThrowableOfType(DatasetException.class, build::validation);

        assertThat(e.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("build.output-in-dataset");
            assertThat(d.message()).contains("in data/, which is payload");
        });
        assertThat(data.resolve("dataset")).doesNotExist();
    }
}
