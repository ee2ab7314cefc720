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
    void everySignatureIsKnownWhateverItsFirstByte() {
        // each kind behind the first-byte gate, under a name that says nothing
        assertThat(of(bytes(0x89, 'P', 'N', 'G'), "x").kind()).isEqualTo(FileKind.PNG);
        assertThat(of(bytes(0xFF, 0xD8, 0xFF), "x").kind()).isEqualTo(FileKind.JPEG);
        assertThat(of(bytes(0, 0, 0, 0x0C, 'j', 'P'), "x").kind()).isEqualTo(FileKind.JPEG_2000);
        assertThat(of(bytes(0xFF, 0x4F, 0xFF, 0x51), "x").kind()).isEqualTo(FileKind.JPEG_2000);
        assertThat(of(bytes('G', 'I', 'F', '8'), "x").kind()).isEqualTo(FileKind.GIF);
        assertThat(of(bytes('R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'), "x").kind()).isEqualTo(FileKind.WEBP);
        assertThat(of(bytes('I', 'I', '+', 0), "x").kind()).isEqualTo(FileKind.TIFF);
        assertThat(of(bytes('M', 'M', 0, '*'), "x").kind()).isEqualTo(FileKind.TIFF);
        assertThat(of(bytes('%', 'P', 'D', 'F', '-'), "x").kind()).isEqualTo(FileKind.PDF);
        assertThat(of(bytes('P', 'K', 3, 4), "x").kind()).isEqualTo(FileKind.ZIP);
        assertThat(of(bytes(0x1F, 0x8B), "x").kind()).isEqualTo(FileKind.GZIP);
        assertThat(of(bytes(0xFD, '7', 'z', 'X', 'Z'), "x").kind()).isEqualTo(FileKind.XZ);
        assertThat(of(bytes(0x28, 0xB5, 0x2F, 0xFD), "x").kind()).isEqualTo(FileKind.ZSTD);
        assertThat(of(bytes('B', 'Z', 'h'), "x").kind()).isEqualTo(FileKind.BZIP2);
        assertThat(of(bytes('7', 'z', 0xBC, 0xAF), "x").kind()).isEqualTo(FileKind.SEVEN_ZIP);
        byte[] nifti2 = bytes(0x1C, 0x02, 0, 0, 'n', '+', '2', 0);
        assertThat(of(nifti2, "x").kind()).isEqualTo(FileKind.NIFTI);
        byte[] nifti1 = new byte[348];
        nifti1[0] = 0x5C;
        nifti1[1] = 0x01;
        nifti1[344] = 'n';
        nifti1[345] = '+';
        nifti1[346] = '1';
        assertThat(of(nifti1, "x").kind()).isEqualTo(FileKind.NIFTI);
        byte[] nifti1Big = nifti1.clone();
        nifti1Big[0] = 0;
        nifti1Big[3] = 0x5C;
        nifti1Big[1] = 0;
        nifti1Big[2] = 0x01;
        assertThat(of(nifti1Big, "x").kind()).isEqualTo(FileKind.NIFTI);
        assertThat(of(bytes('a', 'b', 'c'), "x").kind()).isEqualTo(FileKind.OTHER);
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

    @Test
    void compressedAloneAgreesWithTheFullSignature() {
        byte[][] heads = {DicomFiles.dicom("1.2.840.10008.1.2.4.70"), DicomFiles.dicom("1.2.840.10008.1.2.1"),
            bytes(0x89, 'P', 'N', 'G'), bytes(0x1F, 0x8B, 8), bytes('P', 'K', 3, 4), "a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII),
            bytes(), bytes('I', 'I', '*', 0)};
        String[] names = {"x", "a.csv", "v.nii.gz", "t.docx", "scan.dcm", "p.png", "notes.txt"};
        int compressed = 0;
        for (byte[] head : heads) {
            for (String name : names) {
                boolean expected = of(head, name).compressed();
                assertThat(ContentSignature.compressed(head, head.length, name)).as(name).isEqualTo(expected);
                compressed += expected ? 1 : 0;
            }
        }
        assertThat(compressed).as("both answers occur").isBetween(1, heads.length * names.length - 1);
    }
}
