package org.datasetkit.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetScannerTest {

    @TempDir
    Path root;

    @TempDir
    Path elsewhere;

    private final DatasetScanner scanner = new DatasetScanner();

    /** Scans as the Maven front end does: its own files and its output folder are not payload. */
    private Dataset scan() throws Exception {
        return scanner.scan(new ScanRequest(root, List.of(), List.of(root.resolve("target")), SymlinkPolicy.FOLLOW,
                List.of("pom.xml", ".mvn", ".idea", "*.iml")));
    }

    private List<Diagnostic> refusal(ScanRequest request) {
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> scanner.scan(request));
        assertThat(e).as("expected the scan to fail").isNotNull();
        return e.diagnostics().all();
    }

    @Test
    void walksEveryFileSortedByUtf8AndLeavesTheBuildsOwnFilesOut() throws Exception {
        Datasets.minimal(root);
        Datasets.write(root, "pom.xml", "<project/>");
        Datasets.write(root, "target/dataset/report.json", "{}");
        Datasets.write(root, ".git/HEAD", "ref");
        Datasets.write(root, ".mvn/maven.config", "-B");
        Datasets.write(root, "data/.gitignore", "*.tmp");
        Datasets.write(root, "data/nested/deeper/z.bin", new byte[0]);
        Datasets.write(root, "data/\uD83D\uDE00.txt", "emoji");
        Datasets.write(root, "data/\uFFFD.txt", "replacement char");
        Datasets.write(root, "data/target/kept.txt", "only the top-level target/ is the build's");

        Dataset dataset = scan();

        assertThat(dataset.files()).extracting(DatasetFile::path).containsExactly(
                "data/a.csv", "data/images/img 1.png", "data/nested/deeper/z.bin", "data/target/kept.txt",
                "data/\uFFFD.txt", "data/\uD83D\uDE00.txt", "datasheet.yaml", "docs/README.md");
        assertThat(dataset.warnings().all()).isEmpty();
        assertThat(dataset.payloadOxum()).isEqualTo(dataset.totalBytes() + ".8");
    }

    @Test
    void theBuildToolsOwnFilesAreWhatItsFrontEndNamesNotWhatTheCoreAssumes() throws Exception {
        Datasets.write(root, "pom.xml", "<project/>");
        Datasets.write(root, "dataset.iml", "<module/>");
        Datasets.write(root, "data/pom.xml", "a data file that happens to be called pom.xml");
        Datasets.write(root, ".git/HEAD", "ref");

        assertThat(scan().files()).extracting(DatasetFile::path).containsExactly("data/pom.xml");
        // Another front end (a CLI, say) owns no pom.xml: there it is the dataset's own file. Version control never is.
        assertThat(scanner.scan(ScanRequest.of(root)).files()).extracting(DatasetFile::path)
                .containsExactly("data/pom.xml", "dataset.iml", "pom.xml");
    }

    @Test
    void aFolderSortsWhereItsPathsFallAmongItsSiblings() throws Exception {
        // By UTF-8 path: '-' (2D) < '.' (2E) < '/' (2F) < '0' (30), so folder x sorts between x.txt and x0.
        Datasets.write(root, "x0", "file");
        Datasets.write(root, "x/y", "in folder x");
        Datasets.write(root, "x.txt", "file");
        Datasets.write(root, "x-1/z", "in folder x-1");
        Datasets.write(root, "x/\u00e9/deep", "deeper");

        assertThat(scan().files()).extracting(DatasetFile::path)
                .containsExactly("x-1/z", "x.txt", "x/y", "x/\u00e9/deep", "x0")
                .isSortedAccordingTo(PathOrder.INSTANCE);
    }

    @Test
    void excludesAndExcludedDirectoriesAreLeftOut() throws Exception {
        Datasets.minimal(root);
        Datasets.write(root, "scratch/tmp.txt", "x");
        Datasets.write(root, "out/bundle.zip", "x");
        Datasets.write(root, "data/b.tmp", "x");

        Dataset dataset = scanner.scan(new ScanRequest(root, List.of("scratch/**", "**.tmp"), List.of(root.resolve("out")),
                SymlinkPolicy.FOLLOW));

        assertThat(dataset.files()).extracting(DatasetFile::path).noneMatch(p -> p.startsWith("scratch") || p.startsWith("out")
                || p.endsWith(".tmp"));
    }

    @Test
    void operatingSystemJunkIsLeftOutWithOneWarning() throws Exception {
        Datasets.minimal(root);
        Datasets.write(root, "data/.DS_Store", "x");
        Datasets.write(root, "data/images/Thumbs.db", "x");
        Datasets.write(root, "data/._a.csv", "x");

        Dataset dataset = scan();

        assertThat(dataset.files()).extracting(DatasetFile::path).noneMatch(p -> p.contains("DS_Store") || p.contains("Thumbs")
                || p.contains("._"));
        assertThat(dataset.warnings().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("dataset.os-junk");
            assertThat(d.message()).contains("3 operating-system file(s)");
        });
    }

    @Test
    void emptyFoldersAreReported() throws Exception {
        Datasets.minimal(root);
        Files.createDirectories(root.resolve("data/empty"));

        assertThat(scan().warnings().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("dataset.empty-folder");
            assertThat(d.file()).isEqualTo("data/empty/");
        });
    }

    @Test
    void aLinkLeavingTheDatasetIsRefusedWhateverThePolicy() throws Exception {
        Datasets.minimal(root);
        Path outside = Datasets.write(elsewhere, "secret.csv", "patient,1");
        Files.createSymbolicLink(root.resolve("data/linked.csv"), outside);

        List<Diagnostic> found = refusal(ScanRequest.of(root));

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("dataset.symlink-outside");
            assertThat(d.file()).isEqualTo("data/linked.csv");
            assertThat(d.message()).contains(outside.toRealPath().toString());
        });
    }

    @Test
    void aFailedScanReportsItsWarningsAfterItsErrors() throws Exception {
        Datasets.minimal(root);
        Files.createSymbolicLink(root.resolve("data/linked.csv"), Datasets.write(elsewhere, "secret.csv", "patient,1"));
        Files.createDirectories(root.resolve("data/empty"));
        Datasets.write(root, "data/.DS_Store", "");

        List<Diagnostic> found = refusal(ScanRequest.of(root));

        assertThat(found).extracting(Diagnostic::code)
                .containsExactly("dataset.symlink-outside", "dataset.os-junk", "dataset.empty-folder");
    }

    @Test
    void aLinkInsideIsFollowedOrRefusedAsConfigured() throws Exception {
        Datasets.minimal(root);
        Files.createSymbolicLink(root.resolve("data/alias.csv"), root.resolve("data/a.csv"));

        Dataset followed = scan();
        assertThat(followed.files()).filteredOn(f -> f.path().equals("data/alias.csv")).singleElement()
                .satisfies(f -> assertThat(f.size()).isEqualTo(Files.size(root.resolve("data/a.csv"))));

        List<Diagnostic> refused = refusal(new ScanRequest(root, List.of(), List.of(), SymlinkPolicy.REFUSE));
        assertThat(refused).extracting(Diagnostic::code).containsExactly("dataset.symlink-refused");
    }

    @Test
    void brokenLinksAndFolderLinksAreNeverSilentlySkipped() throws Exception {
        Datasets.minimal(root);
        Files.createSymbolicLink(root.resolve("data/broken"), root.resolve("data/nothing-here"));
        Files.createSymbolicLink(root.resolve("data/loop"), root.resolve("data"));

        assertThat(refusal(ScanRequest.of(root))).extracting(Diagnostic::code)
                .containsExactly("dataset.broken-symlink", "dataset.symlink-folder");
    }

    @Test
    void namesEqualAfterUnicodeNormalisationAreAnError() throws Exception {
        Datasets.minimal(root);
        Datasets.write(root, "data/caf\u00e9.txt", "nfc");
        Datasets.write(root, "data/cafe\u0301.txt", "nfd");

        assertThat(refusal(ScanRequest.of(root))).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("dataset.name-collision"));
    }

    @Test
    void foldersEqualAfterUnicodeNormalisationAreAnError() throws Exception {
        Datasets.minimal(root);
        Datasets.write(root, "data/Malm\u00f6/a.txt", "nfc");
        Datasets.write(root, "data/Malmo\u0308/b.txt", "nfd");

        assertThat(refusal(ScanRequest.of(root))).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("dataset.name-collision");
            assertThat(d.file()).endsWith("/");
        });
    }

    @Test
    void namesDifferingOnlyByCaseAreAWarning() throws Exception {
        Datasets.minimal(root);
        Datasets.write(root, "data/A.csv", "upper");

        assertThat(scan().warnings().all()).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("dataset.case-collision"));
    }

    @Test
    void aFileAndAFolderDifferingOnlyByCaseAreAWarning() throws Exception {
        Datasets.minimal(root);
        Datasets.write(root, "data/Scans", "a file");
        Datasets.write(root, "data/scans/1.dcm", "in a folder");

        assertThat(scan().warnings().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("dataset.case-collision");
            assertThat(d.file()).isEqualTo("data/scans/");
            assertThat(d.message()).contains("'data/Scans'");
        });
    }

    @Test
    void collidingFoldersAreReportedOnceNotForEveryFileInside() throws Exception {
        Datasets.minimal(root);
        for (String name : List.of("1.txt", "2.txt", "3.txt")) {
            Datasets.write(root, "data/Malm\u00f6/" + name, "nfc");
            Datasets.write(root, "data/Malmo\u0308/" + name, "nfd");
        }

        assertThat(refusal(ScanRequest.of(root))).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("dataset.name-collision");
            assertThat(d.file()).isEqualTo("data/Malm\u00f6/");
        });
    }

    /** Needs a user that file permissions apply to: root lists anything, so there it is skipped. */
    @Test
    void aFolderTheBuildMayNotListIsAnErrorNamingIt() throws Exception {
        Datasets.minimal(root);
        Path locked = Files.createDirectories(root.resolve("data/locked"));
        Datasets.write(root, "data/locked/x.csv", "a");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "this user reads any folder (root)");

            assertThat(refusal(ScanRequest.of(root))).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("dataset.unreadable");
                assertThat(d.file()).isEqualTo("data/locked/");
                assertThat(d.message()).isEqualTo("cannot list this folder: permission denied");
            });
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aMissingRootIsAClearError() {
        assertThat(refusal(ScanRequest.of(root.resolve("nope")))).extracting(Diagnostic::code).containsExactly("dataset.no-root");
    }
}
