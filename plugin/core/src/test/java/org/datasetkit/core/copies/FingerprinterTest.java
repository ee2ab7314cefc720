package org.datasetkit.core.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.fixity.Checksummer;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FixityOptions;
import org.datasetkit.core.fixity.ProgressListener;
import org.datasetkit.core.support.DicomWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each kind of file contributes: DICOM pixels and hashed UIDs, PNG pixels, table rows. */
class FingerprinterTest {

    @TempDir
    Path root;

    private Map<String, FileFingerprint> fingerprints() throws Exception {
        var dataset = new DatasetScanner().scan(ScanRequest.of(root));
        var fixity = new Checksummer().compute(dataset, new FixityOptions(List.of(DigestAlgorithm.SHA256), 1,
                Optional.empty(), false, ProgressListener.NONE, Duration.ofHours(1)));
        return new Fingerprinter().compute(fixity, Optional.empty(), 1).files().stream()
                .collect(Collectors.toMap(FileFingerprint::path, f -> f));
    }

    private static byte[] us(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8)};
    }

    @Test
    void aDicomFileAndItsPngExportHaveTheSamePixelsAndItsUidsTravelOnlyHashed() throws Exception {
        BufferedImage image = GeneratedImages.scan(3, 64);
        byte[] pixels = new byte[64 * 64 * 2];
        for (int i = 0; i < 64 * 64; i++) {
            int v = image.getRaster().getSample(i % 64, i / 64, 0);
            pixels[2 * i] = (byte) v;
            pixels[2 * i + 1] = (byte) (v >> 8);
        }
        byte[] dicom = DicomWriter.of(DicomWriter.EXPLICIT_LE)
                .add(0x00080018, "UI", "1.2.826.0.1.3680043.2.1125.1.1")
                .add(0x0020000D, "UI", "1.2.826.0.1.3680043.2.1125.1")
                .binary(0x00280002, "US", us(1)).add(0x00280004, "CS", "MONOCHROME2")
                .binary(0x00280010, "US", us(64)).binary(0x00280011, "US", us(64))
                .binary(0x00280100, "US", us(16)).binary(0x00280103, "US", us(0))
                .binary(0x7FE00010, "OW", pixels).bytes();
        Files.write(root.resolve("scan.dcm"), dicom);
        Files.write(root.resolve("scan.png"), GeneratedImages.png(image));

        Map<String, FileFingerprint> f = fingerprints();

        assertThat(f.get("scan.dcm").pixels()).isPresent().isEqualTo(f.get("scan.png").pixels());
        assertThat(f.get("scan.dcm").phash()).isEqualTo(f.get("scan.png").phash());
        assertThat(f.get("scan.dcm").uids()).hasValueSatisfying(u -> {
            assertThat(u.sop()).isEqualTo(Sha256.hex("1.2.826.0.1.3680043.2.1125.1.1"));
            assertThat(u.study()).isEqualTo(Sha256.hex("1.2.826.0.1.3680043.2.1125.1"));
            assertThat(u.series()).isEmpty();
        });
        assertThat(FingerprintFile.write("x", List.copyOf(f.values()))).doesNotContain("1.2.826.0.1.3680043");
    }

    @Test
    void tableRowsMatchWhateverTheColumnOrderAndHeaderCase() throws Exception {
        Files.writeString(root.resolve("a.csv"), "id,label\n1,benign\n2,malignant\n");
        Files.writeString(root.resolve("b.csv"), "LABEL, ID\nmalignant,2\nnormal,3\n");

        Map<String, FileFingerprint> f = fingerprints();

        assertThat(f.get("a.csv").rows()).hasSize(2);
        assertThat(f.get("a.csv").rows()).containsAnyElementsOf(f.get("b.csv").rows());
        assertThat(f.get("a.csv").rows()).doesNotContainAnyElementsOf(
                f.get("b.csv").rows().stream().filter(r -> !f.get("a.csv").rows().contains(r)).toList());
    }

    @Test
    void aQuotedCellWithALineBreakOrTheSeparatorIsOneCellOfOneRow() throws Exception {
        Files.writeString(root.resolve("a.csv"), "id,note\n1,\"left, then\nright\"\n2,plain\n");
        Files.writeString(root.resolve("b.csv"), "NOTE,id\n\"left, then\nright\",1\n");

        Map<String, FileFingerprint> f = fingerprints();

        assertThat(f.get("a.csv").rows()).hasSize(2);
        assertThat(f.get("b.csv").rows()).hasSize(1);
        assertThat(f.get("a.csv").rows()).containsAll(f.get("b.csv").rows());
    }

    @Test
    void thePublishedFileReadsBackAsItWasWritten() throws Exception {
        Files.write(root.resolve("scan.png"), GeneratedImages.png(GeneratedImages.scan(5, 64)));
        Files.writeString(root.resolve("50%0A.csv"), "id\n1\n"); // a percent sign that looks like an escape
        List<FileFingerprint> written = List.copyOf(fingerprints().values());

        Reference read = FingerprintFile.read(new java.io.BufferedReader(new java.io.StringReader(
                FingerprintFile.write("Example dataset", written))), "fallback");

        assertThat(read.name()).isEqualTo("Example dataset");
        assertThat(read.files()).containsExactlyInAnyOrderElementsOf(written);
    }
}
