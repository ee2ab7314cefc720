package org.datasetkit.core.fixity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.dataset.PathOrder;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestFormatTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "data/100%.csv            | data/100%25.csv",
        "data/with space.txt      | data/with space.txt",
        "data/bjälke/Ö.txt        | data/bjälke/Ö.txt",
        "data/%25 literally       | data/%2525 literally",
    })
    void onlyPercentCrAndLfAreEncoded(String path, String encoded) {
        assertThat(ManifestPath.encode(path)).isEqualTo(encoded);
        assertThat(ManifestPath.decode(encoded)).isEqualTo(path);
    }

    @Test
    void lineBreaksInNamesAreEncodedAndDecoded() {
        String path = "data/line\nbreak\r.txt";

        assertThat(ManifestPath.encode(path)).isEqualTo("data/line%0Abreak%0D.txt");
        assertThat(ManifestPath.decode("data/line%0abreak%0D.txt")).isEqualTo(path);
    }

    @Test
    void aLegacyUnencodedPercentIsKept() {
        assertThat(ManifestPath.decode("data/50%off.txt")).isEqualTo("data/50%off.txt");
        assertThat(ManifestPath.decode("data/end%")).isEqualTo("data/end%");
    }

    @Test
    void manifestsAreSortedByEncodedPathWithTwoSpacesAndLowerCaseHex() {
        byte[] bytes = ManifestWriter.render(List.of(
                new ManifestEntry(B.toUpperCase(), "data/b.txt"),
                new ManifestEntry(A, "data/a%.txt"),
                new ManifestEntry(A, "data/a.txt"),
                new ManifestEntry(A, "data/\uD83D\uDE00.txt"),
                new ManifestEntry(A, "data/\uFFFD.txt")));

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(
                A + "  data/a%25.txt\n" + A + "  data/a.txt\n" + B + "  data/b.txt\n"
                        + A + "  data/\uFFFD.txt\n" + A + "  data/\uD83D\uDE00.txt\n");
    }

    /**
     * A dataset's manifest is written straight in dataset order when no name needs encoding; encoding can reorder
     * names ("a\n" sorts before "a!" but "a%0A" after it), so then the lines are sorted again.
     */
    @ParameterizedTest
    @ValueSource(strings = {"plain", "encoded"})
    void aDatasetsManifestIsSortedByEncodedPathEitherWay(String names) {
        List<String> paths = new ArrayList<>(names.equals("plain") ? List.of("a!", "a b", "b/c", "\u00e9") : List.of("a\n", "a!", "b%c", "c"));
        paths.sort(PathOrder.INSTANCE); // the order a scan gives
        List<FileFixity> files = new ArrayList<>();
        List<ManifestEntry> expected = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            String hex = String.valueOf(Character.forDigit(10 + i, 16)).repeat(64);
            DatasetFile file = DatasetFile.of(paths.get(i), Path.of("/d"), 1, 0, "");
            files.add(new FileFixity(file, Map.of(DigestAlgorithm.SHA256, hex), false));
            expected.add(new ManifestEntry(hex, "data/" + paths.get(i)));
        }
        Dataset dataset = new Dataset(Path.of("/d"), files.stream().map(FileFixity::file).toList(), Diagnostics.none());
        FixityResult result = new FixityResult(dataset, List.of(DigestAlgorithm.SHA256), files,
                new FixityStats(0, 0, 0, 0, Duration.ZERO), Diagnostics.none());

        String manifest = new String(ManifestWriter.payloadManifest(result, DigestAlgorithm.SHA256), StandardCharsets.UTF_8);

        assertThat(manifest).isEqualTo(new String(ManifestWriter.render(expected), StandardCharsets.UTF_8));
        List<String> written = manifest.lines().map(l -> l.substring(66)).toList();
        assertThat(written).isSortedAccordingTo(PathOrder.INSTANCE).hasSize(4);
    }

    /**
     * The bag's manifest is streamed, the dataset's files merged in path order with the generated ones (which sort
     * among them: "DATASHEET.md" before "a!", "ro-crate-metadata.json" after "b/c"): the same bytes as sorting it whole.
     */
    @ParameterizedTest
    @ValueSource(strings = {"plain", "encoded"})
    void aStreamedManifestWithGeneratedFilesIsTheSortedOne(String names) throws Exception {
        List<String> paths = new ArrayList<>(names.equals("plain") ? List.of("a!", "a b", "b/c", "\u00e9") : List.of("a\n", "a!", "b%c", "c"));
        paths.sort(PathOrder.INSTANCE);
        List<FileFixity> files = new ArrayList<>();
        List<ManifestEntry> all = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            String hex = String.valueOf(Character.forDigit(10 + i, 16)).repeat(64);
            files.add(new FileFixity(DatasetFile.of(paths.get(i), Path.of("/d"), 1, 0, ""),
                    Map.of(DigestAlgorithm.SHA256, hex), false));
            all.add(new ManifestEntry(hex, "data/" + paths.get(i)));
        }
        List<ManifestEntry> generated = List.of(new ManifestEntry(A, "data/ro-crate-metadata.json"),
                new ManifestEntry(B, "data/DATASHEET.md"), new ManifestEntry(A, "data/metadata/datacite.xml"));
        all.addAll(generated);
        Dataset dataset = new Dataset(Path.of("/d"), files.stream().map(FileFixity::file).toList(), Diagnostics.none());
        FixityResult result = new FixityResult(dataset, List.of(DigestAlgorithm.SHA256), files,
                new FixityStats(0, 0, 0, 0, Duration.ZERO), Diagnostics.none());
        java.io.ByteArrayOutputStream streamed = new java.io.ByteArrayOutputStream();

        ManifestWriter.writePayloadManifest(result, DigestAlgorithm.SHA256, generated, streamed);

        assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(new String(ManifestWriter.render(all), StandardCharsets.UTF_8));
    }

    @Test
    void readingRoundTripsWhatWasWritten() {
        List<ManifestEntry> entries = List.of(new ManifestEntry(A, "data/x y%z\n.txt"), new ManifestEntry(B, "data/å.txt"));

        ManifestReader.Parsed parsed = ManifestReader.read("manifest-sha256.txt", ManifestWriter.render(entries),
                StandardCharsets.UTF_8, 64);

        assertThat(parsed.findings()).isEmpty();
        assertThat(parsed.entries()).containsExactlyInAnyOrderElementsOf(entries);
    }

    @Test
    void legacyFormsAreReadWithAWarningEach() {
        String text = A.toUpperCase() + " *data/a.txt\r\n" + B + "\tdata/b.txt\r\n";

        ManifestReader.Parsed parsed = ManifestReader.read("manifest-sha256.txt", text.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, 64);

        assertThat(parsed.entries()).containsExactly(new ManifestEntry(A, "data/a.txt"), new ManifestEntry(B, "data/b.txt"));
        assertThat(parsed.findings()).hasSize(3).allSatisfy(d -> assertThat(d.code()).isEqualTo("bag.manifest-legacy"));
    }

    @Test
    void malformedLinesAreErrorsWithTheirLineNumber() {
        String text = A + "  data/a.txt\nnot a checksum line\nabc  data/short.txt\n";

        ManifestReader.Parsed parsed = ManifestReader.read("manifest-sha256.txt", text.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, 64);

        assertThat(parsed.entries()).hasSize(1);
        assertThat(parsed.findings()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bag.manifest-syntax", 2),
                        org.assertj.core.groups.Tuple.tuple("bag.manifest-checksum", 3));
    }
}
