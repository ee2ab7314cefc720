package org.datasetkit.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.datasetkit.core.support.DicomFiles;
import org.junit.jupiter.api.Test;

class ContentSignatureTest {

    @Test
    void dicomIsCompressedOnlyWithACompressedTransferSyntax() {
        byte[] jpegLossless = DicomFiles.dicom("1.2.840.10008.1.2.4.70");
        byte[] jpeg2000 = DicomFiles.dicom("1.2.840.10008.1.2.4.90");
        byte[] explicitLittle = DicomFiles.dicom("1.2.840.10008.1.2.1");

        assertThat(ContentSignature.dicomTransferSyntax(jpegLossless, jpegLossless.length)).isEqualTo("1.2.840.10008.1.2.4.70");
        assertThat(ContentSignature.isCompressed(jpegLossless, jpegLossless.length)).isTrue();
        assertThat(ContentSignature.isCompressed(jpeg2000, jpeg2000.length)).isTrue();
        assertThat(ContentSignature.isCompressed(explicitLittle, explicitLittle.length)).isFalse();
    }

    @Test
    void formatsAreKnownByTheirFirstBytesNotTheirNames() {
        assertThat(ContentSignature.isCompressed(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D}, 5)).isTrue();
        assertThat(ContentSignature.isCompressed(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, 4)).isTrue();
        assertThat(ContentSignature.isCompressed(new byte[] {0x1F, (byte) 0x8B, 8}, 3)).isTrue();
        assertThat(ContentSignature.isCompressed("id,label\n".getBytes(StandardCharsets.US_ASCII), 9)).isFalse();
        assertThat(ContentSignature.isCompressed(new byte[0], 0)).isFalse();
    }

    @Test
    void aTruncatedMetaHeaderIsNotTrusted() {
        byte[] d = DicomFiles.dicom("1.2.840.10008.1.2.4.70");

        assertThat(ContentSignature.isCompressed(d, 150)).isFalse();
    }
}
