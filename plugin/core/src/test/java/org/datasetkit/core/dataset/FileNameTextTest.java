package org.datasetkit.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A name that cannot go into a bag as it is stops the scan, naming its folder: never a silent rename. */
class FileNameTextTest {

    @TempDir
    Path root;

    private List<Diagnostic> refusal(List<String> excludes) {
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> new DatasetScanner()
                .scan(new ScanRequest(root, excludes, List.of(), SymlinkPolicy.FOLLOW)));
        assertThat(e).as("expected the scan to fail").isNotNull();
        return e.diagnostics().all();
    }

    /** Makes a file whose name is the given bytes, which Java itself cannot name. */
    private void touchRaw(String folder, String printfBytes) throws Exception {
        Files.createDirectories(root.resolve(folder));
        Process p = new ProcessBuilder("sh", "-c", "touch \"$(printf '" + printfBytes + "')\"")
                .directory(root.resolve(folder).toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).isTrue();
    }

    @Test
    void aNameThatIsNotUtf8IsAnErrorOnItsFolderNotARename() throws Exception {
        assumeThat(FileNameText.readsNamesAsUtf8()).isTrue();
        Datasets.minimal(root);
        touchRaw("data/latin1", "bl\\345b\\344r.txt");

        assertThat(refusal(List.of())).filteredOn(d -> d.severity().label().equals("error")).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("dataset.undecodable-name");
            assertThat(d.file()).isEqualTo("data/latin1/");
            assertThat(d.message()).contains("not valid UTF-8", "bl\uFFFDb\uFFFDr.txt");
            assertThat(d.hint()).contains("rename it to UTF-8");
        });
    }

    @Test
    void aBackslashInANameIsAnErrorOnThatFile() {
        Datasets.minimal(root);
        Datasets.write(root, "data/a\\b.csv", "x\n");

        assertThat(refusal(List.of())).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("dataset.backslash-name");
            assertThat(d.file()).isEqualTo("data/a\\b.csv");
        });
    }

    @Test
    void aFolderExcludedAsDirSlashStarStarIsNeverListed() throws Exception {
        Datasets.minimal(root);
        // listing this folder fails the scan (a name no bag can carry): excluded, it must not be listed at all
        Datasets.write(root, "scratch/sub/a\\b.csv", "x\n");

        Dataset dataset = new DatasetScanner().scan(new ScanRequest(root, List.of("scratch/**"), List.of(),
                SymlinkPolicy.FOLLOW));

        assertThat(dataset.files()).extracting(DatasetFile::path).noneMatch(p -> p.startsWith("scratch"));
        assertThat(dataset.warnings().all()).isEmpty();
    }

    @Test
    void underLangCNonAsciiNamesStopTheScanWithTheLocaleToSet() throws Exception {
        Datasets.minimal(root);
        Datasets.write(root, "data/Malmö/bröstcancer.txt", "åäö");

        ProcessBuilder p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ScanInAnotherJvm.class.getName(), root.toString())
                .redirectErrorStream(true);
        p.environment().remove("LC_ALL");
        p.environment().remove("LC_CTYPE");
        p.environment().put("LANG", "C");
        Process run = p.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run.getInputStream().transferTo(out);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String printed = out.toString(StandardCharsets.US_ASCII);

        assertThat(printed).contains("names read as ANSI_X3.4-1968", "dataset.undecodable-name", "data/:",
                "decodes file names as ANSI_X3.4-1968", "LC_ALL=C.UTF-8");
        assertThat(printed).doesNotContain("payload file");
        assertThat(run.exitValue()).isEqualTo(1);
    }
}
