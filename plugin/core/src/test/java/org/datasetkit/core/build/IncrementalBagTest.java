package org.datasetkit.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.domain.FetchItem;
import gov.loc.repository.bagit.domain.Manifest;
import gov.loc.repository.bagit.exceptions.FileNotInPayloadDirectoryException;
import gov.loc.repository.bagit.reader.BagReader;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.bag.BagitProfile;
import org.datasetkit.core.bag.Compression;
import org.datasetkit.core.bag.HoleyBagResult;
import org.datasetkit.core.bag.HoleyBagVerifier;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Vocabulary;
import org.datasetkit.core.diff.DiffOptions;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental bags: the files unchanged since the previous release as fetch.txt lines, read back by bagit-java (the
 * consumer decides whether the lines mean what they should), fetched from the previous bag, and verified.
 */
class IncrementalBagTest {

    private static final String NFD_NAME = "data/Cafe\u0301.txt"; // "Café" with a combining acute accent

    @TempDir
    Path root;

    private Path previous;

    @BeforeEach
    void releaseOneZeroZero() throws Exception {
        Datasets.write(root, "data/plain.txt", "unchanged");
        Datasets.write(root, "data/with space.txt", "a space in the name");
        Datasets.write(root, "data/100%.txt", "a percent sign in the name");
        Datasets.write(root, "data/Malmö.txt", "non-ASCII in NFC");
        Datasets.write(root, NFD_NAME, "non-ASCII in NFD");
        Datasets.write(root, "data/changed.txt", "version one");
        previous = build("1.0.0", Optional.empty(), IncrementalSettings.none()).bundle().archive();
        Datasets.write(root, "data/changed.txt", "version two, longer");
        Datasets.write(root, "data/added.txt", "new in 2.0.0");
    }

    private DatasetBuild build(String version, Optional<Path> before, IncrementalSettings incremental) {
        return new DatasetBuild(settings(version, before, incremental), new StageCache(), BuildListener.SILENT);
    }

    private BuildSettings settings(String version, Optional<Path> before, IncrementalSettings incremental) {
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET.replace("1.0.0", version));
        DatasetLocation where = new DatasetLocation(root, Optional.empty(), root.resolve("target"), List.of(),
                List.of("target"), SymlinkPolicy.FOLLOW, Optional.of(version));
        BundleSettings bundle = new BundleSettings(Optional.empty(), Optional.empty(), "directory", Compression.AUTO,
                Optional.empty(), Optional.empty(), Optional.empty()).withIncremental(incremental);
        DiffSettings diff = before.isEmpty() ? DiffSettings.none()
                : new DiffSettings(before, "1.0.0", DiffOptions.defaults());
        return new BuildSettings(where, GateSettings.defaults(), FixitySettings.defaults(), bundle, 2, Vocabulary.NEUTRAL,
                diff);
    }

    /** Release 2.0.0 as an incremental bag whose URLs point at the 1.0.0 bag folder, as file: URLs. */
    private Path holey() throws Exception {
        String template = withSlash(previous.resolve("data").toUri().toString()) + "{path}";
        return build("2.0.0", Optional.of(previous), new IncrementalSettings(true, Optional.of(template))).bundle().archive();
    }

    private static String withSlash(String uri) {
        return uri.endsWith("/") ? uri : uri + "/";
    }

    @Test
    void unchangedFilesAreFetchLinesWithEncodedUrlsTheManifestsPathsAndTheirLengths() throws Exception {
        Path bag = holey();

        String fetch = Files.readString(bag.resolve("fetch.txt"), StandardCharsets.UTF_8);
        String base = withSlash(previous.resolve("data").toUri().toString());
        assertThat(fetch.lines()).containsExactly(
                base + "data/100%25.txt 26 data/data/100%25.txt",
                base + "data/Cafe%CC%81.txt 16 data/" + NFD_NAME,
                base + "data/Malm%C3%B6.txt 16 data/data/Malmö.txt",
                base + "data/plain.txt 9 data/data/plain.txt",
                base + "data/with%20space.txt 19 data/data/with space.txt");
        String manifest = Files.readString(bag.resolve("manifest-sha256.txt"), StandardCharsets.UTF_8);
        for (String line : fetch.lines().toList()) {
            String path = line.split(" ", 3)[2];
            assertThat(manifest).as("every fetched file is in the manifest, its path written alike").contains("  " + path + "\n");
            assertThat(bag.resolve(path.replace("%25", "%"))).as("and not in the bag").doesNotExist();
        }
        assertThat(bag.resolve("data/data/changed.txt")).exists();
        assertThat(bag.resolve("data/data/added.txt")).exists();
        assertThat(Files.readString(bag.resolve("tagmanifest-sha256.txt"))).contains("  fetch.txt\n");
    }

    @Test
    void payloadOxumCountsTheFetchedFilesAndTheBagVerifiesCompleteOnlyWithThePreviousRelease() throws Exception {
        Path bag = holey();

        HoleyBagResult alone = new HoleyBagVerifier().verify(bag, Optional.empty());
        assertThat(alone.verification().diagnostics().errorCount()).as(alone.toString()).isZero();
        assertThat(alone.unfetchedFiles()).isEqualTo(5);
        assertThat(alone.unfetchedBytes()).isEqualTo(26 + 16 + 16 + 9 + 19);
        assertThat(alone.isComplete()).isFalse();
        var full = VerifyStage.forOtherBag(Optional.empty(), Vocabulary.NEUTRAL);
        assertThat(VerifyStage.summary(alone, full, Vocabulary.NEUTRAL)).contains("complete once fetched: 5 files, 86 B missing");

        HoleyBagResult fetched = new HoleyBagVerifier().verify(bag, Optional.of(previous));
        assertThat(fetched.verification().diagnostics().all()).as(fetched.toString())
                .allSatisfy(d -> assertThat(d.severity().name()).isNotEqualTo("ERROR"));
        assertThat(fetched.isComplete()).isTrue();
        assertThat(fetched.suppliedFiles()).isEqualTo(5);
        assertThat(fetched.verification().payloadFiles()).isEqualTo(alone.verification().payloadFiles());
        assertThat(Files.readString(bag.resolve("bag-info.txt")))
                .contains("Payload-Oxum: " + fetched.verification().payloadBytes() + "." + fetched.verification().payloadFiles());
    }

    @Test
    void aFetchedFileThatIsNotWhatTheManifestSaysFailsNamingIt() throws Exception {
        Path bag = holey();
        Files.writeString(previous.resolve("data/data/plain.txt"), "UNCHANGED"); // same length, other bytes

        HoleyBagResult result = new HoleyBagVerifier().verify(bag, Optional.of(previous));

        assertThat(result.verification().isValid()).isFalse();
        assertThat(result.verification().diagnostics().all()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("bag.checksum-mismatch");
            assertThat(d.file()).endsWith("data/data/plain.txt");
        });
    }

    @Test
    void aFetchLineForAFileNoManifestListsOrThePreviousBagLacksFails() throws Exception {
        Path bag = holey();
        Files.writeString(bag.resolve("fetch.txt"), "https://example.org/x 3 data/data/stray.txt\n",
                java.nio.file.StandardOpenOption.APPEND);
        Files.delete(previous.resolve("data/data/with space.txt"));

        HoleyBagResult result = new HoleyBagVerifier().verify(bag, Optional.of(previous));

        assertThat(result.verification().diagnostics().all()).extracting(d -> d.code() + " " + d.file())
                .contains("bag.fetch-not-in-previous " + bag.getFileName() + "/data/data/with space.txt",
                        "bag.fetch-not-in-previous " + bag.getFileName() + "/data/data/stray.txt");
        HoleyBagResult alone = new HoleyBagVerifier().verify(bag, Optional.empty());
        assertThat(alone.verification().diagnostics().all()).extracting(d -> d.code() + " " + d.file())
                .contains("bag.unlisted-file " + bag.getFileName() + "/data/data/stray.txt");
    }

    @Test
    void bagitJavaReadsTheFetchListAsWrittenAndTheBagIsValidOnceItFetchedThem() throws Exception {
        Path bag = holey();

        Bag read = new BagReader().read(bag);
        assertThat(read.getItemsToFetch()).hasSize(5);
        Set<Path> listed = new HashSet<>();
        for (Manifest m : read.getPayLoadManifests()) {
            listed.addAll(m.getFileToChecksumMap().keySet());
        }
        for (FetchItem item : read.getItemsToFetch()) {
            assertThat(listed).as("bagit-java finds %s in the manifest", item.path).contains(item.getPath());
            assertThat(Path.of(item.getUrl().toURI())).as("the URL names the previous release's file").exists()
                    .hasSize(item.getLength());
        }
        try (var verifier = new gov.loc.repository.bagit.verify.BagVerifier()) {
            assertThat(catchThrowableOfType(FileNotInPayloadDirectoryException.class, () -> verifier.isComplete(read, false)))
                    .as("holey until fetched").isNotNull();
            for (FetchItem item : read.getItemsToFetch()) { // what a fetcher does: the URL's bytes to the path
                Files.createDirectories(item.getPath().getParent());
                try (InputStream in = item.getUrl().openStream()) {
                    Files.copy(in, item.getPath(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            verifier.isValid(new BagReader().read(bag), false);
        }
    }

    @Test
    void snDsRelativeFormIsTheDefaultAndBagitJavaCannotReadIt() throws Exception {
        Path bag = build("2.0.0", Optional.of(previous), new IncrementalSettings(true, Optional.empty())).bundle().archive();

        String fetch = Files.readString(bag.resolve("fetch.txt"), StandardCharsets.UTF_8);
        assertThat(fetch).contains("../" + previous.getFileName() + "/data/data/with%20space.txt 19 data/data/with space.txt\n");
        assertThat(new HoleyBagVerifier().verify(bag, Optional.of(previous)).isComplete()).isTrue();
        assertThat(catchThrowableOfType(MalformedURLException.class, () -> new BagReader().read(bag)))
                .as("bagit-java 5.2 reads absolute URLs only: set dataset.previousUrl for bags bound for it").isNotNull();
    }

    @Test
    void theSndBaggerProfileRefusesAnIncrementalBagBeforeAnythingIsWritten() throws Exception {
        BuildSettings settings = settings("2.0.0", Optional.of(previous), new IncrementalSettings(true, Optional.empty()));
        DatasetException refused = catchThrowableOfType(DatasetException.class, () -> new CarriedFiles(settings)
                .of(null, null, Optional.empty(), Optional.of(BagitProfile.sndBagger())));
        assertThat(refused.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bundle.fetch-not-allowed");
            assertThat(d.message()).contains("snd-bagger", "Allow-Fetch.txt: false");
            assertThat(d.hint()).contains("the incremental bag setting", "none");
        });
        assertThat(BagitProfile.sndDoris().allowsFetch()).isTrue();
    }

    @Test
    void aUrlTemplateMustNameTheFileAndKnowItsPlaceholders() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> new IncrementalSettings(true, Optional.of("https://example.org/{previousVersion}/"))))
                .hasMessageContaining("{path}");
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> new IncrementalSettings(true, Optional.of("https://example.org/{version}/{path}"))))
                .hasMessageContaining("{version}");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> IncrementalSettings.parseMode("yes")))
                .hasMessageContaining("none or fetch");
    }
}
