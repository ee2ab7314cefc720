package org.datasetkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import com.google.re2j.Pattern;
import java.util.zip.CRC32;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;
import org.datasetkit.core.support.Datasets;
import org.datasetkit.core.support.DicomWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyGateTest {

    @TempDir
    Path root;

    /** No personal data declared: anything identifying contradicts the datasheet. */
    private static final PrivacyPolicy NONE_DECLARED = new PrivacyPolicy(true, Set.of(), Optional.empty(), Set.of(),
            Set.of(), Set.of(), "");

    private static PrivacyPolicy deidentified(Set<String> options, String pseudonym, Set<String> dummies, Set<String> creators,
            Set<String> allow) {
        return new PrivacyPolicy(true, options, Optional.ofNullable(pseudonym).map(Pattern::compile), dummies, creators,
                allow, "DICOM PS3.15 Basic Application Level Confidentiality Profile");
    }

    private List<Diagnostic> scan(PrivacyPolicy policy) throws Exception {
        return new PrivacyScanner().scan(new DatasetScanner().scan(ScanRequest.of(root)), policy, 2).diagnostics().all();
    }

    private static DicomWriter mg() {
        return DicomWriter.of(DicomWriter.EXPLICIT_LE).add(0x00080060, "CS", "MG");
    }

    /** (0012,0062) YES and (0012,0064) with the given CID 7050 codes. */
    private static DicomWriter marked(DicomWriter w, String... codes) {
        w.add(0x00120062, "CS", "YES");
        return w.sequence(0x00120064, false, java.util.Arrays.stream(codes).<java.util.function.Consumer<DicomWriter>>map(
                code -> item -> item.add(0x00080100, "SH", code).add(0x00080102, "SH", "DCM")).toList());
    }

    @Test
    void aPatientNameContradictsNoPersonalDataAndIsNamedByFileAndTag() throws Exception {
        Datasets.write(root, "images/a.dcm", mg().add(0x00100010, "PN", "Doe^Jane").pixels(16).bytes());
        Datasets.write(root, "images/clean.dcm", mg().add(0x00100010, "PN", "").pixels(16).bytes());

        assertThat(scan(NONE_DECLARED)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("privacy.person-name");
            assertThat(d.isError()).isTrue();
            assertThat(d.file()).isEqualTo("images/a.dcm");
            assertThat(d.message()).startsWith("(0010,0010): Patient's Name holds 'D******e'");
        });
    }

    @Test
    void namesDeepInSequencesAreFound() throws Exception {
        Datasets.write(root, "sr.dcm", DicomWriter.of(DicomWriter.IMPLICIT_LE).sequence(0x0040A730, true,
                List.of(item -> item.add(0x0040A123, "PN", "Roe^Richard"))).bytes());

        assertThat(scan(NONE_DECLARED)).extracting(Diagnostic::pointer).containsExactly("(0040,A730)[0]>(0040,A123)");
    }

    @Test
    void pseudonymsDummiesAndDeclaredOptionsAreAccepted() throws Exception {
        Datasets.write(root, "a.dcm", marked(mg().add(0x00100010, "PN", "ANON000123").add(0x00100020, "LO", "ANON000123")
                .add(0x00080020, "DA", "20990909").add(0x00080080, "LO", "Karolinska").add(0x00101010, "AS", "055Y"),
                "113100", "113108", "113112").bytes());

        assertThat(scan(deidentified(Set.of("retainInstitutionIdentity", "retainPatientCharacteristics"), "^ANON\\d{6}$",
                Set.of("20990909"), Set.of(),
                Set.of()))).isEmpty();
    }

    @Test
    void identifyingAttributesFailUnlessRetainedByADeclaredOption() throws Exception {
        Datasets.write(root, "a.dcm", marked(mg().add(0x00080080, "LO", "Karolinska").add(0x00080020, "DA", "20140301")
                .add(0x00101040, "LO", "Storgatan 1"), "113100").bytes());

        List<Diagnostic> found = scan(deidentified(Set.of(), null, Set.of(), Set.of(), Set.of()));

        assertThat(found).extracting(Diagnostic::pointer).containsExactlyInAnyOrder("(0008,0020)", "(0008,0080)", "(0010,1040)");
        assertThat(found).filteredOn(d -> d.pointer().equals("(0008,0080)")).singleElement()
                .satisfies(d -> assertThat(d.hint()).contains("retainInstitutionIdentity"));
    }

    @Test
    void theWholeTableIsShippedWithRepeatingGroupsAndDummyRules() {
        DeidentificationRules table = new DeidentificationRules();

        assertThat(table.size()).isGreaterThan(395);
        assertThat(table.get(0x60023000).name()).isEqualTo("Overlay Data");
        assertThat(table.get(0x50100110).name()).isEqualTo("Curve Data");
        assertThat(table.get(0x00100020).mayHoldDummy()).isTrue(); // Z: empty or a dummy
        assertThat(table.get(0x00101040).mayHoldDummy()).isFalse(); // X: remove
        assertThat(table.get(0x00102110).retainedBy()).containsExactlyInAnyOrder("retainPatientCharacteristics", "cleanDescriptors");
        assertThat(table.get(0x00209161)).as("U-only UIDs are not checked").isNull();
    }

    @Test
    void overlaysAndSequencesTheProfileRemovesAreFindings() throws Exception {
        Datasets.write(root, "a.dcm", marked(mg(), "113100")
                .sequence(0x00101002, false, List.of())
                .sequence(0x04000561, false, List.of(item -> item.add(0x00100020, "LO", "19121212-1212")))
                .add(0x60003000, "OW", "x".repeat(128)).pixels(16).bytes());

        List<Diagnostic> found = scan(deidentified(Set.of(), null, Set.of(), Set.of(), Set.of()));

        assertThat(found).extracting(Diagnostic::pointer)
                .containsExactly("(0400,0561)", "(0400,0561)[0]>(0010,0020)", "(6000,3000)");
        assertThat(found.get(0).message()).contains("Original Attributes Sequence (0400,0561) has items");
        assertThat(found.get(2).message()).contains("Overlay Data (6000,3000) holds 128 bytes")
                .doesNotContain("xxx");
        assertThat(found.get(2).hint()).contains("cleanGraphics");

        assertThat(scan(deidentified(Set.of("cleanGraphics"), null, Set.of(), Set.of(), Set.of())))
                .extracting(Diagnostic::pointer).doesNotContain("(6000,3000)");
    }

    @Test
    void theTrialALabelNamesIsNotPersonalButItsSubjectIdMustBeAPseudonym() throws Exception {
        Datasets.write(root, "a.dcm", marked(mg(), "113100").add(0x00120020, "LO", "CSAW-CC")
                .add(0x00120021, "LO", "Cohort of Screen-Aged Women").add(0x00120040, "LO", "19121212-1212").bytes());

        assertThat(scan(deidentified(Set.of(), "^ANON\\d{6}$", Set.of(), Set.of(), Set.of()))).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("(0012,0040): Clinical Trial Subject ID (0012,0040) holds '1********2'"));
    }

    @Test
    void anAttributeTwoOptionsMayKeepIsKeptByEither() throws Exception {
        Datasets.write(root, "a.dcm", marked(mg().add(0x00102110, "LO", "penicillin"), "113100").bytes());

        assertThat(scan(deidentified(Set.of(), null, Set.of(), Set.of(), Set.of()))).singleElement()
                .satisfies(d -> assertThat(d.hint()).contains("cleanDescriptors or retainPatientCharacteristics"));
        Datasets.write(root, "a.dcm", marked(mg().add(0x00102110, "LO", "penicillin"), "113100", "113105").bytes());
        assertThat(scan(deidentified(Set.of("cleanDescriptors"), null, Set.of(), Set.of(), Set.of()))).isEmpty();
        Datasets.write(root, "a.dcm", marked(mg().add(0x00102110, "LO", "penicillin"), "113100", "113108").bytes());
        assertThat(scan(deidentified(Set.of("retainPatientCharacteristics"), null, Set.of(), Set.of(), Set.of()))).isEmpty();
    }

    @Test
    void theAllowListFileSkipsCommentsAndBlankLinesAndReadsRunsOfSpacesAsOne() throws Exception {
        Path file = Datasets.write(root.resolve("review"), "allow.txt", "# reviewed 2026-05-01\n\n  data/x.dcm    (0008,0080)  \nlabels.csv\tcolumn:name\n");

        assertThat(PrivacyPolicy.readAllowList(file)).containsExactlyInAnyOrder("data/x.dcm (0008,0080)", "labels.csv column:name");
    }

    @Test
    void theRemovedMarkerAloneIsNeverTrusted() throws Exception {
        Datasets.write(root, "a.dcm", marked(mg().add(0x00100010, "PN", "Doe^Jane"), "113100").bytes());

        assertThat(scan(deidentified(Set.of(), null, Set.of(), Set.of(), Set.of()))).extracting(Diagnostic::code)
                .containsExactly("privacy.person-name");
    }

    @Test
    void theMethodCodesMustMatchTheDeclaredOptions() throws Exception {
        Datasets.write(root, "unmarked.dcm", mg().bytes());
        Datasets.write(root, "other.dcm", marked(mg(), "113100", "113106").bytes());

        List<Diagnostic> found = scan(deidentified(Set.of("retainUIDs"), null, Set.of(), Set.of(), Set.of()));

        assertThat(found).extracting(Diagnostic::code, Diagnostic::file).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("privacy.not-marked", "unmarked.dcm"),
                org.assertj.core.groups.Tuple.tuple("privacy.method-mismatch", "other.dcm"));
    }

    @Test
    void burnedInTextExecutablePreamblesAndUnknownPrivateCreatorsFail() throws Exception {
        Datasets.write(root, "burned.dcm", mg().add(0x00280301, "CS", "YES").bytes());
        Datasets.write(root, "polyglot.dcm", mg().preamble(new byte[] {0x7f, 'E', 'L', 'F'}).bytes());
        Datasets.write(root, "private.dcm", mg().add(0x00090010, "LO", "ACME SITE DATA").add(0x00091001, "LO", "ward 4").bytes());
        Datasets.write(root, "reviewed.dcm", mg().add(0x00110010, "LO", "SAFE VENDOR").add(0x00111001, "LO", "x").bytes());

        List<Diagnostic> found = scan(new PrivacyPolicy(true, Set.of(), Optional.empty(), Set.of(), Set.of("SAFE VENDOR"),
                Set.of(), ""));

        assertThat(found).extracting(Diagnostic::code, Diagnostic::file).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("privacy.burned-in-annotation", "burned.dcm"),
                org.assertj.core.groups.Tuple.tuple("privacy.executable-preamble", "polyglot.dcm"),
                org.assertj.core.groups.Tuple.tuple("privacy.private-creator", "private.dcm"));
    }

    @Test
    void declaredIdentifyingDataGivesWarningsNotErrors() throws Exception {
        Datasets.write(root, "a.dcm", mg().add(0x00100010, "PN", "Doe^Jane").bytes());

        List<Diagnostic> found = scan(new PrivacyPolicy(false, Set.of(), Optional.empty(), Set.of(), Set.of(), Set.of(), ""));

        assertThat(found).singleElement().satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aDicomFileThatCannotBeReadFailsClosed() throws Exception {
        Datasets.write(root, "broken.dcm", "not dicom at all".getBytes(StandardCharsets.US_ASCII));
        byte[] truncated = java.util.Arrays.copyOf(mg().add(0x00100010, "PN", "Doe^Jane").bytes(), 150);
        Datasets.write(root, "truncated", truncated);

        assertThat(scan(NONE_DECLARED)).extracting(Diagnostic::code, Diagnostic::file).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("privacy.unreadable-dicom", "broken.dcm"),
                org.assertj.core.groups.Tuple.tuple("privacy.unreadable-dicom", "truncated"));
    }

    @Test
    void personalIdentityNumbersInTablesAreFoundByLineAndColumn() throws Exception {
        Datasets.write(root, "labels.csv", "id,note\n1,fine\n2,pnr 19811218-9876 in a note\n3,5512310000 is not valid\n");
        Datasets.write(root, "people.tsv", "case\tpatient_name\n1\tANON\n");

        List<Diagnostic> found = scan(NONE_DECLARED);

        assertThat(found).extracting(Diagnostic::code, Diagnostic::file, d -> d.line() + ":" + d.column()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("privacy.personal-identity-number", "labels.csv", "3:3"),
                org.assertj.core.groups.Tuple.tuple("privacy.identifying-column", "people.tsv", "1:6"));
    }

    @Test
    void personnummerCheckDigitsAreChecked() {
        assertThat(TextChecks.validPersonnummer("8112189876")).isTrue();
        assertThat(TextChecks.validPersonnummer("8112189875")).isFalse();
        assertThat(TextChecks.validPersonnummer("8112789873")).isTrue(); // samordningsnummer: day + 60
        assertThat(TextChecks.validPersonnummer("8113189876")).isFalse();
    }

    @Test
    void imageMetadataIsReadWithoutReadingThePixels() throws Exception {
        Datasets.write(root, "tagged.png", png("tEXt", "Comment\0patient 19811218-9876"));
        Datasets.write(root, "software.png", png("tEXt", "Software\0converter 1.0")); // a software name stays quiet
        Datasets.write(root, "compressed.png", png("zTXt", "Comment\0\0" + deflate("patient 19811218-9876")));
        Datasets.write(root, "commented.jpg", jpegWithComment("from 811218-9876"));

        List<Diagnostic> found = scan(NONE_DECLARED);

        assertThat(found).extracting(Diagnostic::code, Diagnostic::file, Diagnostic::severity).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("privacy.personal-identity-number", "tagged.png", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("privacy.personal-identity-number", "compressed.png", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("privacy.personal-identity-number", "commented.jpg", Severity.ERROR));
    }

    @Test
    void reviewedExceptionsOnTheAllowListPass() throws Exception {
        Datasets.write(root, "a.dcm", mg().add(0x00080080, "LO", "Karolinska").bytes());
        Datasets.write(root, "labels.csv", "name\nANON1\n");

        assertThat(scan(new PrivacyPolicy(true, Set.of(), Optional.empty(), Set.of(), Set.of(),
                Set.of("a.dcm (0008,0080)", "labels.csv column:name"), ""))).isEmpty();
    }

    private static String deflate(String text) {
        java.util.zip.Deflater d = new java.util.zip.Deflater();
        d.setInput(text.getBytes(StandardCharsets.ISO_8859_1));
        d.finish();
        byte[] out = new byte[256];
        int n = d.deflate(out);
        d.end();
        return new String(out, 0, n, StandardCharsets.ISO_8859_1);
    }

    static byte[] png(String type, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", new byte[13]);
        chunk(out, "IDAT", new byte[64]);
        chunk(out, type, text.getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] jpegWithComment(String comment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        byte[] c = comment.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) ((c.length + 2) >> 8), (byte) (c.length + 2)});
        out.writeBytes(c);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 2, 1, 2, 3, (byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }
}
