package org.datasetkit.core.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.bag.Compression;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.diag.Vocabulary;
import org.datasetkit.core.diff.DiffOptions;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A release links the one before it in every metadata file, and the RO-Crate's checksums are of the files as written. */
class VersionLinksTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path root;

    private DatasetBuild build(String version, Optional<Path> previous) {
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET.replace("1.0.0", version)
                .replace("datePublished:", "identifiers: {doi: \"10.5878/test-" + version.replace(".", "") + "\"}\ndatePublished:"));
        DatasetLocation where = new DatasetLocation(root, Optional.empty(), root.resolve("target"), List.of(),
                List.of("target"), SymlinkPolicy.FOLLOW, Optional.of(version));
        BundleSettings bundle = new BundleSettings(Optional.empty(), Optional.empty(), "directory", Compression.AUTO,
                Optional.empty(), Optional.empty(), Optional.empty());
        DiffSettings diff = previous.isEmpty() ? DiffSettings.none() : new DiffSettings(previous, "1.0.0", DiffOptions.defaults());
        return new DatasetBuild(new BuildSettings(where, GateSettings.defaults(), FixitySettings.defaults(), bundle, 2,
                Vocabulary.NEUTRAL, diff), new StageCache(), BuildListener.SILENT);
    }

    @Test
    void roCrateAndCroissantAreBasedOnThePreviousVersionAndTheCrateListsTheFilesAsWritten() throws Exception {
        Datasets.write(root, "data/a.txt", "first");
        Path first = build("1.0.0", Optional.empty()).bundle().archive();
        Datasets.write(root, "data/b.txt", "added");
        Path bag = build("1.1.0", Optional.of(first)).bundle().archive();

        JsonNode crate = JSON.readTree(bag.resolve("data/ro-crate-metadata.json").toFile());
        JsonNode dataset = null;
        JsonNode previous = null;
        for (JsonNode e : crate.get("@graph")) {
            if (e.path("@id").asString().equals("./")) {
                dataset = e;
            } else if (e.path("@id").asString().equals("https://doi.org/10.5878/test-100")) {
                previous = e;
            }
        }
        assertThat(dataset.get("version").asString()).isEqualTo("1.1.0");
        assertThat(dataset.get("isBasedOn").toString()).contains("{\"@id\":\"https://doi.org/10.5878/test-100\"}");
        assertThat(previous).as("the previous version is described").isNotNull();
        assertThat(previous.get("version").asString()).isEqualTo("1.0.0");
        JsonNode croissant = JSON.readTree(bag.resolve("data/metadata/croissant.json").toFile());
        assertThat(croissant.get("isBasedOn").toString()).contains("https://doi.org/10.5878/test-100");
        assertThat(Files.readString(bag.resolve("data/metadata/datacite.xml")))
                .contains("relationType=\"IsNewVersionOf\">10.5878/test-100<");
        for (JsonNode e : crate.get("@graph")) {
            if (e.has("sha256") && e.path("@id").asString().startsWith("metadata/")) {
                byte[] bytes = Files.readAllBytes(bag.resolve("data").resolve(e.get("@id").asString()));
                assertThat(e.get("sha256").asString()).as(e.get("@id").asString())
                        .isEqualTo(HexFormat.of().formatHex(DigestAlgorithm.SHA256.newDigest().digest(bytes)));
                assertThat(e.get("contentSize").asString()).isEqualTo(Long.toString(bytes.length));
            }
        }
        assertThat(build("1.1.0", Optional.of(first)).verify().isValid()).isTrue();
    }

    @Test
    void theReportSaysWhatChangedSinceTheLastReleaseAndTheBumpItNeeds() throws Exception {
        Datasets.write(root, "data/a.txt", "first");
        Path first = build("1.0.0", Optional.empty()).bundle().archive();
        assertThat(Files.readString(first.resolve("data/DATASHEET.html"))).contains("Changes since the last release",
                "Version 1.0.0 was compared with no earlier release");
        Datasets.write(root, "data/b.txt", "added");
        String report = Files.readString(build("1.1.0", Optional.of(first)).bundle().archive().resolve("data/DATASHEET.html"));
        assertThat(report).contains("Version 1.1.0 against 1.0.0: a <strong>minor</strong> release by the version rule,"
                + " 1.1.0 or later", "<th scope=\"row\">files added</th><td class=\"n\">1</td>",
                "<th scope=\"row\">files unchanged</th><td class=\"n\">1</td>");
    }
}
