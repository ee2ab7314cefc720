package org.datasetkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.datasetkit.core.dataset.ContentSignature;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;
import org.datasetkit.core.support.Datasets;
import org.datasetkit.core.support.DicomFiles;
import org.datasetkit.core.support.ImageFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileChecksTest {

    private static final PrivacyPolicy NONE_DECLARED = new PrivacyPolicy(true, Set.of(), Optional.empty(), Set.of(),
            Set.of(), Set.of(), "");

    @TempDir
    Path root;

    /** A test-only check: claims {@code kinds}, notes each file it is given, adds a finding, then does {@code then}. */
    private record TestCheck(String name, Set<FileKind> kinds, Map<String, FileKind> seen, Failure then) implements FileCheck {

        interface Failure {
            void happen(CheckedFile file) throws IOException;
        }

        @Override
        public void check(CheckedFile file, PrivacyPolicy policy, List<Diagnostic> findings) throws IOException {
            seen.put(file.path(), file.kind());
            findings.add(Diagnostic.warning("test.seen", file.path(), "seen by " + name, ""));
            then.happen(file);
        }
    }

    private PrivacyResult scan(FileChecks checks) throws Exception {
        return new PrivacyScanner(checks).scan(new DatasetScanner().scan(ScanRequest.of(root)), NONE_DECLARED, 2);
    }

    @Test
    void theBuiltInRegistryHasOneCheckPerKindItReads() {
        FileChecks builtIn = FileChecks.builtIn();

        assertThat(List.of(FileKind.DICOM, FileKind.PNG, FileKind.JPEG, FileKind.TIFF, FileKind.NIFTI, FileKind.CSV,
                FileKind.TSV, FileKind.OOXML, FileKind.PDF, FileKind.TEXT))
                .extracting(k -> builtIn.forKind(k).map(FileCheck::name).orElse("none"))
                .containsExactly("dicom", "png", "jpeg", "tiff", "nifti", "table", "table", "office", "pdf", "text");
        assertThat(builtIn.forKind(FileKind.GIF)).isEmpty();
        assertThat(builtIn.forKind(FileKind.OTHER)).isEmpty();
    }

    @Test
    void twoChecksClaimingOneKindAreRefused() {
        Map<String, FileKind> seen = new ConcurrentHashMap<>();

        assertThatThrownBy(() -> FileChecks.of(List.of(new TestCheck("a", Set.of(FileKind.PNG), seen, f -> {}),
                new TestCheck("b", Set.of(FileKind.JPEG, FileKind.PNG), seen, f -> {}))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("both the a and the b check claim png files");
    }

    @Test
    void eachFileGoesToTheCheckRegisteredForWhatItsContentIs() throws Exception {
        Datasets.write(root, "a.dcm", DicomFiles.dicom("1.2.840.10008.1.2.1"));
        Datasets.write(root, "b.txt", ImageFiles.png("IDAT", ""));
        Datasets.write(root, "c.png", ImageFiles.jpeg());
        Datasets.write(root, "d.tsv", "id\tlabel\n");
        Datasets.write(root, "e.bin", new byte[] {'I', 'I', '*', 0, 8, 0, 0, 0});
        Map<String, FileKind> images = new ConcurrentHashMap<>();
        Map<String, FileKind> others = new ConcurrentHashMap<>();

        PrivacyResult result = scan(FileChecks.of(List.of(
                new TestCheck("image", Set.of(FileKind.PNG, FileKind.JPEG), images, f -> {}),
                new TestCheck("other", Set.of(FileKind.DICOM, FileKind.TSV), others, f -> {}))));

        assertThat(images).containsOnly(Map.entry("b.txt", FileKind.PNG), Map.entry("c.png", FileKind.JPEG));
        assertThat(others).containsOnly(Map.entry("a.dcm", FileKind.DICOM), Map.entry("d.tsv", FileKind.TSV));
        assertThat(result.scanned()).containsOnly(Map.entry("image", 2), Map.entry("other", 2));
        assertThat(result.kinds()).containsOnly(Map.entry(FileKind.DICOM, 1), Map.entry(FileKind.PNG, 1),
                Map.entry(FileKind.JPEG, 1), Map.entry(FileKind.TSV, 1), Map.entry(FileKind.TIFF, 1));
    }

    @Test
    void whateverACheckThrowsIsOneErrorOnThatFileAndTheOtherFilesAreStillChecked() throws Exception {
        Datasets.write(root, "npe.png", ImageFiles.png("IDAT", ""));
        Datasets.write(root, "io.jpg", ImageFiles.jpeg());
        Datasets.write(root, "deep.dcm", DicomFiles.dicom("1.2.840.10008.1.2.1"));
        Datasets.write(root, "labels.csv", "id,note\n1,pnr 19811218-9876\n");
        Map<String, FileKind> seen = new ConcurrentHashMap<>();
        Pattern backtracking = Pattern.compile("(?:a|b)*");
        String deep = "a".repeat(1_000_000);

        PrivacyResult result = scan(FileChecks.of(List.of(
                new TestCheck("png", Set.of(FileKind.PNG), seen, f -> {
                    throw new NullPointerException();
                }),
                new TestCheck("jpeg", Set.of(FileKind.JPEG), seen, f -> {
                    throw new IOException("disk went away");
                }),
                new TestCheck("dicom", Set.of(FileKind.DICOM), seen, f -> backtracking.matcher(deep).matches()),
                new TableCheck(new TableRules(new TextChecks())))));

        assertThat(result.diagnostics().all()).extracting(Diagnostic::code, Diagnostic::file, Diagnostic::severity)
                .containsExactly(
                        tuple("privacy.unreadable", "deep.dcm", Severity.ERROR),
                        tuple("privacy.unreadable", "io.jpg", Severity.ERROR),
                        tuple("privacy.personal-identity-number", "labels.csv", Severity.ERROR),
                        tuple("privacy.unreadable", "npe.png", Severity.ERROR));
        assertThat(result.diagnostics().all()).extracting(Diagnostic::message).filteredOn(m -> m.contains("unread") || m.contains("cannot"))
                .containsExactly(
                        "the dicom check cannot read deep.dcm: the check ran out of stack on its content (a pattern or"
                                + " structure nested too deeply); so it cannot be shown to be free of identifiers",
                        "the jpeg check cannot read io.jpg: reading it failed (disk went away); so it cannot be shown to"
                                + " be free of identifiers",
                        "the png check cannot read npe.png: the check failed with NullPointerException; so it cannot be"
                                + " shown to be free of identifiers");
        assertThat(result.files()).extracting(PrivacyResult.FileReport::path, PrivacyResult.FileReport::findings)
                .containsExactly(tuple("deep.dcm", 1), tuple("io.jpg", 1), tuple("labels.csv", 1), tuple("npe.png", 1));
    }

    /** The scanner reads a file's head to tell its kind; the check still gets the whole file, from byte 0, markable. */
    @Test
    void aCheckReadsTheWholeFileFromItsFirstByteWhateverItsSizeAgainstTheHead() throws Exception {
        java.util.Random random = new java.util.Random(7);
        Map<String, byte[]> written = new java.util.HashMap<>();
        for (int size : new int[] {0, 5, ContentSignature.HEAD - 1, ContentSignature.HEAD, ContentSignature.HEAD + 1, 200_000}) {
            StringBuilder text = new StringBuilder("id,value\n");
            while (text.length() < size) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            byte[] content = text.substring(0, size).getBytes(StandardCharsets.US_ASCII);
            written.put("t" + size + ".csv", content);
            Datasets.write(root, "t" + size + ".csv", content);
        }
        Map<String, byte[]> read = new ConcurrentHashMap<>();

        scan(FileChecks.of(List.of(new TestCheck("table", Set.of(FileKind.CSV), new ConcurrentHashMap<>(), f -> {
            java.io.InputStream in = f.content();
            in.mark(16);
            in.readNBytes(3);
            in.reset();
            read.put(f.path(), in.readAllBytes());
        }))));

        assertThat(read).hasSameSizeAs(written);
        written.forEach((path, content) -> assertThat(read.get(path)).as(path).isEqualTo(content));
    }

    @Test
    void aFileThatVanishesBeforeItIsReadIsAnErrorNotAnException() throws Exception {
        Path gone = Datasets.write(root, "gone.csv", "id\n");
        var dataset = new DatasetScanner().scan(ScanRequest.of(root));
        java.nio.file.Files.delete(gone);

        PrivacyResult result = new PrivacyScanner().scan(dataset, NONE_DECLARED, 1);

        assertThat(result.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("privacy.unreadable");
            assertThat(d.message()).startsWith("the privacy gate cannot read gone.csv: it no longer exists");
        });
        assertThat(result.scannedInWords()).isEqualTo("1 unreadable file scanned");
    }

    @Test
    void theReportListsTheKindsSeen() throws Exception {
        Datasets.write(root, "a.png", ImageFiles.png("IDAT", ""));
        Datasets.write(root, "b.zip", new byte[] {'P', 'K', 3, 4});
        Path report = root.resolveSibling(root.getFileName() + "-privacy.json");

        new PrivacyReportWriter().write(report, new PrivacyScanner().scan(new DatasetScanner().scan(ScanRequest.of(root)),
                NONE_DECLARED, 1));

        assertThat(java.nio.file.Files.readString(report, StandardCharsets.UTF_8))
                .contains("\"scanned\" : {\n    \"png\" : 1\n  }").contains("\"kinds\" : {\n    \"png\" : 1,\n    \"zip\" : 1\n  }");
    }
}
