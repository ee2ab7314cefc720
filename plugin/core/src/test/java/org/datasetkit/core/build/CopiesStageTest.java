package org.datasetkit.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.datasetkit.core.copies.ArtifactResolver;
import org.datasetkit.core.copies.CopiesResult;
import org.datasetkit.core.copies.FingerprintFile;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy check in a build: undeclared copies and copies across splits refuse the release; declared ones pass. */
class CopiesStageTest {

    @TempDir
    Path tmp;

    private static final String UPSTREAM_TITLE = "Upstream scans";

    private DatasetBuild build(Path root, CopySettings copies) {
        DatasetLocation where = new DatasetLocation(root, Optional.empty(), root.resolve("target"), List.of(), List.of("target"),
                SymlinkPolicy.FOLLOW, Optional.of("1.0.0"));
        return new DatasetBuild(new BuildSettings(where, GateSettings.defaults(), FixitySettings.defaults(),
                BundleSettings.defaults(), 2, org.datasetkit.core.diag.Vocabulary.NEUTRAL).withCopies(copies),
                new StageCache(),
                BuildListener.SILENT);
    }

    /** A smooth random image: different seeds give different images. */
    private static BufferedImage image(long seed) {
        java.util.Random r = new java.util.Random(seed);
        BufferedImage img = new BufferedImage(96, 96, BufferedImage.TYPE_BYTE_GRAY);
        double[][] blobs = new double[8][3];
        for (double[] b : blobs) {
            b[0] = r.nextDouble() * 96;
            b[1] = r.nextDouble() * 96;
            b[2] = 4 + r.nextDouble() * 14;
        }
        for (int y = 0; y < 96; y++) {
            for (int x = 0; x < 96; x++) {
                double v = 10;
                for (double[] b : blobs) {
                    v += 120 * Math.exp(-((x - b[0]) * (x - b[0]) + (y - b[1]) * (y - b[1])) / (2 * b[2] * b[2]));
                }
                img.getRaster().setSample(x, y, 0, (int) Math.min(255, v));
            }
        }
        return img;
    }

    private static void png(Path root, String path, BufferedImage image) throws Exception {
        Files.createDirectories(root.resolve(path).getParent());
        ImageIO.write(image, "png", root.resolve(path).toFile());
    }

    /** An upstream dataset of ten images, its fingerprints written by its own build; returns them. */
    private Path upstream() throws Exception {
        Path up = tmp.resolve("upstream");
        Datasets.write(up, "datasheet.yaml", Datasets.MINIMAL_DATASHEET.replace("Test dataset", UPSTREAM_TITLE));
        for (int i = 0; i < 10; i++) {
            png(up, "images/u" + i + ".png", image(i));
        }
        build(up, CopySettings.defaults()).copies();
        return up.resolve("target/dataset/" + FingerprintFile.FILE_NAME);
    }

    /** A dataset with five upstream images (three re-encoded as JPEG) and five of its own. */
    private Path derived(String datasheet) throws Exception {
        Path root = tmp.resolve("derived");
        Datasets.write(root, "datasheet.yaml", datasheet);
        for (int i = 0; i < 5; i++) {
            if (i < 3) {
                Files.createDirectories(root.resolve("images"));
                ImageIO.write(image(i), "jpeg", root.resolve("images/copy" + i + ".jpg").toFile());
            } else {
                png(root, "images/copy" + i + ".png", image(i));
            }
            png(root, "images/own" + i + ".png", image(100 + i));
        }
        return root;
    }

    @Test
    void anUndeclaredCopyFailsNamingTheDataset() throws Exception {
        Path known = Files.createDirectories(tmp.resolve("known"));
        Files.copy(upstream(), known.resolve("upstream.tsv"));
        Path root = derived(Datasets.MINIMAL_DATASHEET);

        StageRefusedException refused = catchThrowableOfType(StageRefusedException.class,
                () -> build(root, new CopySettings(List.of(known.toString()), 8)).copies());

        assertThat(refused).isNotNull();
        assertThat(refused.diagnostics().all()).filteredOn(d -> d.code().equals("copies.undeclared-source"))
                .singleElement().extracting(Diagnostic::format).asString()
                .startsWith("datasheet.yaml:10:1: error") // the provenance key: the datasheet lists no sources
                .contains("5 of 11 payload files (45%)", UPSTREAM_TITLE);
    }

    @Test
    void anUndeclaredCopyIsPlacedAtTheSourcesTheDatasheetLists() throws Exception {
        Path known = Files.createDirectories(tmp.resolve("known"));
        Files.copy(upstream(), known.resolve("upstream.tsv"));
        Path root = derived(Datasets.MINIMAL_DATASHEET.replace("provenance: {origin: original}", String.join("\n",
                "provenance:", "  origin: derived", "  sources:", "    - title: Another dataset",
                "      license: CC-BY-4.0", "      use: adapt")));

        StageRefusedException refused = catchThrowableOfType(StageRefusedException.class,
                () -> build(root, new CopySettings(List.of(known.toString()), 8)).copies());

        assertThat(refused).isNotNull();
        assertThat(refused.diagnostics().all()).filteredOn(d -> d.code().equals("copies.undeclared-source"))
                .singleElement().extracting(Diagnostic::format).asString().startsWith("datasheet.yaml:12:3: error");
    }

    @Test
    void aSourceDeclaredForReferenceOnlyWhoseFilesAreCopiedFails() throws Exception {
        Path root = derived(declaring(upstream().toString()).replace("use: copy", "use: reference"));

        StageRefusedException refused = catchThrowableOfType(StageRefusedException.class,
                () -> build(root, CopySettings.defaults()).copies());

        assertThat(refused).isNotNull();
        assertThat(refused.diagnostics().all()).filteredOn(d -> d.code().equals("copies.reference-copied"))
                .singleElement().extracting(Diagnostic::format).asString()
                .startsWith("datasheet.yaml:13:7: error")
                .contains(UPSTREAM_TITLE, "use: reference", "5 of 11 payload files (45%)", "declare use: copy");
    }

    @Test
    void aKnownDatasetDeclaredForReferenceOnlyWhoseFilesAreCopiedFails() throws Exception {
        Path known = Files.createDirectories(tmp.resolve("known"));
        Files.copy(upstream(), known.resolve("upstream.tsv"));
        Path root = derived(declaring(upstream().toString()).replace("use: copy", "use: reference")
                .replaceAll("\n +fingerprints: .*", ""));

        StageRefusedException refused = catchThrowableOfType(StageRefusedException.class,
                () -> build(root, new CopySettings(List.of(known.toString()), 8)).copies());

        assertThat(refused).isNotNull();
        assertThat(refused.diagnostics().all()).extracting(Diagnostic::code)
                .contains("copies.reference-copied").doesNotContain("copies.undeclared-source");
    }

    @Test
    void aDeclaredCopyPassesAndItsFingerprintsTravelInTheBag() throws Exception {
        Path fingerprints = upstream();
        Path root = derived(Datasets.MINIMAL_DATASHEET.replace("provenance: {origin: original}", String.join("\n",
                "provenance:", "  origin: derived", "  sources:", "    - title: " + UPSTREAM_TITLE,
                "      license: CC-BY-4.0", "      use: copy", "      fingerprints: " + fingerprints)));

        CopiesResult result = build(root, CopySettings.defaults()).copies().orElseThrow();

        assertThat(result.diagnostics().hasErrors()).as(result.diagnostics().toString()).isFalse();
        assertThat(result.overlaps()).singleElement().satisfies(o -> {
            assertThat(o.identical()).isEqualTo(2);
            assertThat(o.near() + o.samePixels()).isEqualTo(3);
        });
        Path bag = build(root, CopySettings.defaults()).bundle().archive();
        try (var zip = new java.util.zip.ZipFile(bag.toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith("/data/metadata/" + FingerprintFile.FILE_NAME))
                    .findFirst().orElseThrow();
            String payload = entry.getName().substring(0, entry.getName().indexOf("/data/") + 1);
            // streamed into the bag from the file the bundle stage wrote: the same text as the copy stage's
            byte[] carried = zip.getInputStream(entry).readAllBytes();
            assertThat(carried).isEqualTo(java.nio.file.Files.readAllBytes(
                    root.resolve("target/dataset/" + FingerprintFile.FILE_NAME)));
            assertThat(new String(carried, java.nio.charset.StandardCharsets.UTF_8)).startsWith("# datasetkit fingerprints");
            String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(carried));
            assertThat(new String(zip.getInputStream(zip.getEntry(payload + "manifest-sha256.txt")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)).contains(sha256 + "  data/metadata/" + FingerprintFile.FILE_NAME);
            assertThat(new String(zip.getInputStream(zip.getEntry(payload + "data/ro-crate-metadata.json")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)).contains(sha256);
        }
    }

    @Test
    void theOverlapIsInTheJsonReportTheSarifAndTheHtmlReport() throws Exception {
        Path root = derived(declaring(upstream().toString()));

        build(root, CopySettings.defaults()).report();

        Path work = root.resolve("target/dataset");
        assertThat(Files.readString(work.resolve("copies.json"))).contains("\"dataset\" : \"" + UPSTREAM_TITLE + "\"",
                "\"declared\" : true", "\"files\" : 5", "\"identical\" : 2");
        assertThat(work.resolve("copies.sarif")).exists();
        String html = Files.readString(work.resolve("report.html"));
        assertThat(html).contains("id=\"copies\"", "Files found in other datasets", "<th scope=\"row\">"
                + UPSTREAM_TITLE + "</th><td>yes</td><td class=\"n\">5</td><td class=\"n\">45%</td>");
    }

    @Test
    void theSameImageInTrainAndTestFails() throws Exception {
        Path root = tmp.resolve("split");
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET + String.join("\n",
                "composition:", "  splits:", "    - name: train", "    - name: test", ""));
        png(root, "train/a.png", image(1));
        png(root, "train/b.png", image(2));
        Files.createDirectories(root.resolve("test"));
        ImageIO.write(image(1), "jpeg", root.resolve("test/a.jpg").toFile());
        png(root, "test/c.png", image(3));

        StageRefusedException refused = catchThrowableOfType(StageRefusedException.class,
                () -> build(root, CopySettings.defaults()).copies());

        assertThat(refused).isNotNull();
        assertThat(refused.diagnostics().all()).filteredOn(d -> d.code().equals("copies.split-leak"))
                .singleElement().extracting(Diagnostic::format).asString()
                .contains("test/a.jpg", "train/a.png", "\"test\"", "\"train\"");
    }

    /** Splits named in the label table, whose names no folder has: only the table can place the files. */
    private Path splitByTable(String fileColumn, String... rows) throws Exception {
        Path root = tmp.resolve("by-table");
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET + String.join("\n",
                "composition:",
                "  labels:",
                "    file: data/labels.csv",
                "    column: label",
                "    splitColumn: split",
                "    fileColumn: " + fileColumn,
                "  splits:", "    - name: development", "    - name: holdout", ""));
        png(root, "data/images/a.png", image(1));
        png(root, "data/images/b.png", image(2));
        ImageIO.write(image(1), "jpeg", root.resolve("data/images/a-again.jpg").toFile());
        Datasets.write(root, "data/labels.csv", "image,label,split\n" + String.join("\n", rows) + "\n");
        return root;
    }

    @Test
    void theSameImageInTwoSplitsOfTheLabelTableFails() throws Exception {
        Path root = splitByTable("image", "images/a.png,benign,development", "images/b.png,benign,development",
                "./images/a-again.jpg,benign,holdout");

        StageRefusedException refused = catchThrowableOfType(StageRefusedException.class,
                () -> build(root, CopySettings.defaults()).copies());

        assertThat(refused).isNotNull();
        assertThat(refused.diagnostics().all()).filteredOn(d -> d.code().equals("copies.split-leak"))
                .singleElement().extracting(Diagnostic::format).asString()
                .contains("data/images/a-again.jpg", "data/images/a.png", "split \"holdout\" (per data/labels.csv)",
                        "split \"development\" (per data/labels.csv)");
    }

    @Test
    void theSameImageInOneSplitOfTheLabelTableIsADuplicateOnly() throws Exception {
        Path root = splitByTable("image", "images/a.png,benign,development", "images/b.png,benign,holdout",
                "images/a-again.jpg,benign,development");

        CopiesResult result = build(root, CopySettings.defaults()).copies().orElseThrow();

        assertThat(result.diagnostics().all()).extracting(Diagnostic::code).contains("copies.duplicate")
                .doesNotContain("copies.split-leak");
    }

    @Test
    void aFileColumnTheTableLacksFailsAtItsDatasheetLine() throws Exception {
        Path root = splitByTable("path", "images/a.png,benign,development");

        StageRefusedException refused = catchThrowableOfType(StageRefusedException.class,
                () -> build(root, CopySettings.defaults()).copies());

        assertThat(refused).isNotNull();
        assertThat(refused.diagnostics().all()).filteredOn(d -> d.code().equals("copies.label-column-missing"))
                .singleElement().extracting(Diagnostic::format).asString()
                .startsWith("datasheet.yaml:17:17: error").contains("no column 'path'", "image, label, split");
    }

    @Test
    void aRowNamingAFileOutsideThePayloadIsAWarningAtThatRow() throws Exception {
        Path root = splitByTable("image", "images/a.png,benign,development", "data/images/b.png,benign,holdout");

        CopiesResult result = build(root, CopySettings.defaults()).copies().orElseThrow();

        assertThat(result.diagnostics().all()).filteredOn(d -> d.code().equals("copies.label-table-unknown-file"))
                .singleElement().extracting(Diagnostic::format).asString()
                .startsWith("data/labels.csv:3:1: warning").contains("data/data/images/b.png");
    }

    @Test
    void anUnchangedFileIsNotReadAgain() throws Exception {
        Path root = derived(Datasets.MINIMAL_DATASHEET);
        assertThat(build(root, CopySettings.defaults()).copies().orElseThrow().fingerprints().read()).isEqualTo(11); // ten images and the datasheet
        assertThat(build(root, CopySettings.defaults()).copies().orElseThrow().fingerprints().read()).isZero();
    }

    private static String declaring(String fingerprints) {
        return Datasets.MINIMAL_DATASHEET.replace("provenance: {origin: original}", String.join("\n",
                "provenance:", "  origin: derived", "  sources:", "    - title: " + UPSTREAM_TITLE,
                "      license: CC-BY-4.0", "      use: copy", "      fingerprints: " + fingerprints));
    }

    @Test
    void aSourceNamedByArtifactCoordinatesIsAskedOfTheFrontEndsResolver() throws Exception {
        Path fingerprints = upstream();
        Path root = derived(declaring("artifact:org.example:upstream-scans:1.0.0"));
        List<String> asked = new java.util.ArrayList<>();
        ArtifactResolver repositories = coordinates -> {
            asked.add(coordinates);
            return fingerprints;
        };

        CopiesResult result = build(root, new CopySettings(List.of(), 8, repositories)).copies().orElseThrow();

        assertThat(asked).containsExactly("org.example:upstream-scans:1.0.0");
        assertThat(result.diagnostics().hasErrors()).as(result.diagnostics().toString()).isFalse();
        assertThat(result.overlaps()).singleElement().satisfies(o -> assertThat(o.files()).isEqualTo(5));
    }

    @Test
    void anUnresolvableArtifactFailsAtTheSourceNamingTheCoordinates() throws Exception {
        Path root = derived(declaring("artifact:org.example:upstream-scans:9.9.9"));
        ArtifactResolver repositories = coordinates -> {
            throw new ArtifactResolver.Unresolved("not in the local repository");
        };

        StageRefusedException refused = catchThrowableOfType(StageRefusedException.class,
                () -> build(root, new CopySettings(List.of(), 8, repositories)).copies());

        assertThat(refused).isNotNull();
        assertThat(refused.diagnostics().all()).filteredOn(d -> d.code().equals("copies.artifact-unresolved"))
                .singleElement().extracting(Diagnostic::format).asString()
                .startsWith("datasheet.yaml:13:")
                .contains("org.example:upstream-scans:9.9.9", UPSTREAM_TITLE, "not in the local repository");
    }

    @Test
    void malformedCoordinatesFailAtTheSource() throws Exception {
        Path root = derived(declaring("artifact:org.example:upstream-scans"));

        StageRefusedException refused = catchThrowableOfType(StageRefusedException.class,
                () -> build(root, CopySettings.defaults()).copies());

        assertThat(refused).isNotNull();
        assertThat(refused.diagnostics().all()).filteredOn(d -> d.code().equals("copies.artifact-malformed"))
                .singleElement().extracting(Diagnostic::format).asString()
                .startsWith("datasheet.yaml:13:").contains("artifact:groupId:artifactId:version");
    }
}
