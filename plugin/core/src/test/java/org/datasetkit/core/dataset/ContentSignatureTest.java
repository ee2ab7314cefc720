package org.datasetkit.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.datasetkit.core.support.DicomFiles;
import org.junit.jupiter.api.Test;

class ContentSignatureTest {

    private static ContentSignature of(byte[] head, String path) {
        return ContentSignature.of(head, head.length, path);
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void dicomIsCompressedOnlyWithACompressedTransferSyntax() {
        byte[] jpegLossless = DicomFiles.dicom("1.2.840.10008.1.2.4.70");
        byte[] jpeg2000 = DicomFiles.dicom("1.2.840.10008.1.2.4.90");
        byte[] explicitLittle = DicomFiles.dicom("1.2.840.10008.1.2.1");

        assertThat(ContentSignature.dicomTransferSyntax(jpegLossless, jpegLossless.length)).isEqualTo("1.2.840.10008.1.2.4.70");
        assertThat(of(jpegLossless, "a")).isEqualTo(new ContentSignature(FileKind.DICOM, true));
        assertThat(of(jpeg2000, "a").compressed()).isTrue();
        assertThat(of(explicitLittle, "a")).isEqualTo(new ContentSignature(FileKind.DICOM, false));
    }

    @Test
    void formatsAreKnownByTheirFirstBytesNotTheirNames() {
        assertThat(of(bytes(0x89, 'P', 'N', 'G', 0x0D), "scan.txt")).isEqualTo(new ContentSignature(FileKind.PNG, true));
        assertThat(of(bytes(0xFF, 0xD8, 0xFF, 0), "a.csv")).isEqualTo(new ContentSignature(FileKind.JPEG, true));
        assertThat(of(bytes(0x1F, 0x8B, 8), "a.dcm")).isEqualTo(new ContentSignature(FileKind.GZIP, true));
        assertThat(of(bytes('I', 'I', '*', 0), "a")).isEqualTo(new ContentSignature(FileKind.TIFF, false));
        assertThat(of(bytes('P', 'K', 3, 4), "a")).isEqualTo(new ContentSignature(FileKind.ZIP, true));
        assertThat(of("id,label\n".getBytes(StandardCharsets.US_ASCII), "x")).isEqualTo(new ContentSignature(FileKind.OTHER, false));
        assertThat(of(new byte[0], "x")).isEqualTo(new ContentSignature(FileKind.OTHER, false));
    }

    @Test
    void theNameOnlyDecidesWhatTheContentCannotAndNeverMakesItCompressed() {
        byte[] text = "id\tlabel\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(of(text, "labels.CSV").kind()).isEqualTo(FileKind.CSV);
        assertThat(of(text, "labels.tsv").kind()).isEqualTo(FileKind.TSV);
        assertThat(of(text, "broken.dcm").kind()).isEqualTo(FileKind.DICOM);
        assertThat(of(text, "not-really.png")).isEqualTo(new ContentSignature(FileKind.PNG, false));
        assertThat(of(text, "not-really.jpeg")).isEqualTo(new ContentSignature(FileKind.JPEG, false));
    }

    @Test
    void aTruncatedMetaHeaderIsNotTrusted() {
        byte[] d = DicomFiles.dicom("1.2.840.10008.1.2.4.70");

        assertThat(ContentSignature.of(d, 150, "a.dcm")).isEqualTo(new ContentSignature(FileKind.DICOM, false));
    }
}
