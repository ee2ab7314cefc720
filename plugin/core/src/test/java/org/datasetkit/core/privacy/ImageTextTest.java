package org.datasetkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.google.re2j.Pattern;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;
import org.datasetkit.core.support.Datasets;
import org.datasetkit.core.support.ImageFiles;
import org.datasetkit.core.support.MetadataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image and volume text (PNG, JPEG, TIFF, NIfTI) judged with the rules DICOM text is judged by. */
class ImageTextTest {

    private static final PrivacyPolicy NONE_DECLARED = new PrivacyPolicy(true, Set.of(), Optional.empty(), Set.of(),
            Set.of(), Set.of(), "");
    private static final PrivacyPolicy DECLARED = new PrivacyPolicy(false, Set.of(), Optional.empty(), Set.of(),
            Set.of(), Set.of(), "");

    @TempDir
    Path root;

    private List<Diagnostic> scan(PrivacyPolicy policy) throws Exception {
        return new PrivacyScanner().scan(new DatasetScanner().scan(ScanRequest.of(root)), policy, 2).diagnostics().all();
    }

    private static byte[] png(String... keyThenValue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ImageFiles.pngChunk(out, "IHDR", new byte[13]);
        for (int i = 0; i < keyThenValue.length; i += 2) {
            ImageFiles.pngChunk(out, "tEXt", (keyThenValue[i] + "\0" + keyThenValue[i + 1]).getBytes(StandardCharsets.ISO_8859_1));
        }
        ImageFiles.pngChunk(out, "IDAT", new byte[8]);
        ImageFiles.pngChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    @Test
    void everyPngTextChunkThatNamesOrIdentifiesAPatientIsAnErrorEachOnce() throws Exception {
        Datasets.write(root, "mask.png", png("PatientName", "Andersson^Karin", "PatientID", "PAT-7781",
                "Software", "ImageMagick 7.1", "Comment", "converted from DICOM", "PatientBirthDate", "19811218",
                "Comment", "Karin^Andersson again"));

        List<Diagnostic> found = scan(NONE_DECLARED);

        assertThat(found).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::severity).containsExactlyInAnyOrder(
                tuple("privacy.person-name", "PNG tEXt 'PatientName'", Severity.ERROR),
                tuple("privacy.identifying-attribute", "PNG tEXt 'PatientID'", Severity.ERROR),
                tuple("privacy.identifying-attribute", "PNG tEXt 'PatientBirthDate'", Severity.ERROR),
                tuple("privacy.image-metadata", "PNG tEXt 'Comment'", Severity.WARNING),
                tuple("privacy.person-name", "PNG tEXt 'Comment'", Severity.ERROR));
        assertThat(found).noneMatch(d -> d.message().contains("Andersson")); // values are masked in logs
    }

    @Test
    void aJpegWithANameInExifAndItsCommentFailsAndSoftwareStaysQuiet() throws Exception {
        Datasets.write(root, "photo.jpg", ImageFiles.jpeg(0xE1, MetadataFiles.exif(Map.of(0x010E,
                "Patient: Karin Andersson, 19811218-9876", 0x0131, "Scanner 2.0", 0x013B, "Dr Jonas Berg")),
                0xFE, "Andersson^Karin"));

        assertThat(scan(NONE_DECLARED)).extracting(Diagnostic::code, Diagnostic::pointer).containsExactlyInAnyOrder(
                tuple("privacy.personal-identity-number", "JPEG EXIF ImageDescription"),
                tuple("privacy.person-name", "JPEG EXIF Artist"),
                tuple("privacy.person-name", "JPEG comment"));
    }

    @Test
    void xmpAndIptcBlocksAreReadKeyByKey() throws Exception {
        String xmp = "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://"
                + "www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreatorTool=\"Photoshop\"><dc:creator><rdf:Seq>"
                + "<rdf:li>Karin Andersson</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>";
        byte[] iptc = {0x1C, 2, 80, 0, 11, 'J', 'o', 'n', 'a', 's', ' ', 'B', 'e', 'r', 'g', '!'};
        Datasets.write(root, "x.jpg", ImageFiles.jpeg(0xE1, xmp, 0xED, java.util.Arrays.copyOf(iptc, 16)));

        assertThat(scan(NONE_DECLARED)).extracting(Diagnostic::code, Diagnostic::pointer).containsExactlyInAnyOrder(
                tuple("privacy.person-name", "JPEG XMP creator"),
                tuple("privacy.person-name", "JPEG IPTC By-line"));
    }

    @Test
    void tiffAndBigTiffTagsAreJudgedAndExamDatesKeptOnlyByTheOption() throws Exception {
        Datasets.write(root, "slide.tif", MetadataFiles.tiff(Map.of(0x013B, "Jonas Berg", 0x0132, "2024:03:01 10:00:00",
                0x0131, "Aperio 12", 0x010E, "Aperio Image Library | AppMag = 40 | MPP = 0.25")));

        assertThat(scan(NONE_DECLARED)).extracting(Diagnostic::code, Diagnostic::pointer).containsExactlyInAnyOrder(
                tuple("privacy.person-name", "TIFF Artist"),
                tuple("privacy.identifying-attribute", "TIFF DateTime"),
                tuple("privacy.image-metadata", "TIFF ImageDescription"));
        assertThat(scan(new PrivacyPolicy(true, Set.of("retainLongitudinal"), Optional.empty(), Set.of(), Set.of(),
                Set.of("slide.tif tiff:Artist"), "x"))).extracting(Diagnostic::pointer).containsExactly("TIFF ImageDescription");
    }

    @Test
    void aTruncatedTiffFailsClosed() throws Exception {
        byte[] tiff = MetadataFiles.tiff(Map.of(0x013B, "a long artist name that lies past the IFD"));
        Datasets.write(root, "cut.tif", java.util.Arrays.copyOf(tiff, tiff.length - 30));

        assertThat(scan(NONE_DECLARED)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("privacy.unreadable");
            assertThat(d.message()).contains("cut.tif").contains("past the end of the data");
        });
    }

    @Test
    void niftiHeaderFieldsAndExtensionsAreRead() throws Exception {
        Datasets.write(root, "brain.nii", MetadataFiles.nifti1("Andersson^Karin T1w", Map.of()));
        Datasets.write(root, "quiet.nii", MetadataFiles.nifti1("FSL5.0 TE=30", Map.of()));
        Datasets.write(root, "ext.nii", MetadataFiles.nifti1("", Map.of(44, "{\"note\": \"pnr 811218-9876\"}")));

        assertThat(scan(NONE_DECLARED)).extracting(Diagnostic::code, Diagnostic::file).containsExactlyInAnyOrder(
                tuple("privacy.person-name", "brain.nii"),
                tuple("privacy.personal-identity-number", "ext.nii"));
    }

    @Test
    void aNiftiExtensionPastTheVoxelsFailsClosed() throws Exception {
        byte[] nii = MetadataFiles.nifti1("", Map.of(4, "<afni/>"));
        java.nio.ByteBuffer.wrap(nii).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(352, 4096);
        Datasets.write(root, "bad.nii", nii);

        assertThat(scan(NONE_DECLARED)).singleElement().satisfies(d -> assertThat(d.message())
                .contains("extension at byte 352 declares 4096 bytes"));
    }

    @Test
    void declaredPersonalDataMakesNameFindingsWarnings() throws Exception {
        Datasets.write(root, "mask.png", png("PatientName", "Andersson^Karin"));

        assertThat(scan(DECLARED)).extracting(Diagnostic::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void aPseudonymHintIsGivenOnlyForAValueShapedLikeTheMatchingPseudonyms() throws Exception {
        PrivacyPolicy policy = new PrivacyPolicy(true, Set.of(), Optional.of(Pattern.compile("^ANON-\\d{6}$")), Set.of(),
                Set.of(), Set.of(), "");
        Datasets.write(root, "a.png", png("PatientName", "ANON-000123"));
        Datasets.write(root, "b.png", png("PatientName", "ANON-1234567"));
        Datasets.write(root, "c.png", png("PatientName", "Andersson^Karin"));

        List<Diagnostic> found = scan(policy);

        assertThat(found).extracting(Diagnostic::file).containsExactly("b.png", "c.png");
        assertThat(found.get(0).hint()).contains("shaped like the pseudonyms").contains("widen the pattern");
        assertThat(found.get(1).hint()).contains("unlike every value").contains("do not widen");
    }
}
