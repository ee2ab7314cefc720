package org.datasetkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;
import org.datasetkit.core.support.Datasets;
import org.datasetkit.core.support.ImageFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corrupt or truncated image could hide metadata the walk never reaches: the gate fails it, naming the defect. */
class ImageIntegrityTest {

    private static final int APP1 = 0xE1;
    private static final int COM = 0xFE;
    private static final PrivacyPolicy NONE_DECLARED = new PrivacyPolicy(true, Set.of(), Optional.empty(), Set.of(),
            Set.of(), Set.of(), "");

    @TempDir
    Path root;

    private List<Diagnostic> scan() throws Exception {
        return new PrivacyScanner().scan(new DatasetScanner().scan(ScanRequest.of(root)), NONE_DECLARED, 2).diagnostics().all();
    }

    /** Exactly one finding, an unreadable-file error on {@code file} whose message says {@code defect}. */
    private void assertOneDefect(String file, String defect) throws Exception {
        assertThat(scan()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("privacy.unreadable");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.file()).isEqualTo(file);
            assertThat(d.message()).contains(file).contains(defect);
        });
    }

    @Test
    void wellFormedImagesPass() throws Exception {
        Datasets.write(root, "a.png", ImageFiles.png("IDAT", ""));
        Datasets.write(root, "b.jpg", ImageFiles.jpeg(0xDB, new byte[65]));

        assertThat(scan()).isEmpty();
    }

    @Test
    void aJpegApp1OfLengthOneIsOneErrorNotAStackTrace() throws Exception {
        byte[] jpeg = ImageFiles.jpeg(APP1, "Exif\0\0");
        jpeg[4] = 0;
        jpeg[5] = 1; // APP1's length field, right after FF D8 FF E1
        Datasets.write(root, "broken.jpg", jpeg);

        assertOneDefect("broken.jpg", "segment APP1 at byte 2 declares a length of 1");
    }

    @Test
    void aJpegSegmentRunningPastTheEndIsAnError() throws Exception {
        byte[] jpeg = ImageFiles.jpeg(COM, "a comment");
        Datasets.write(root, "cut.jpg", Arrays.copyOf(jpeg, 10));

        assertOneDefect("cut.jpg", "segment COM at byte 2 declares 11 bytes, which run past the end of the file");
    }

    @Test
    void aJpegWithoutEndOfImageIsAnError() throws Exception {
        byte[] jpeg = ImageFiles.jpeg(COM, "fine");
        Datasets.write(root, "noeoi.jpg", Arrays.copyOf(jpeg, jpeg.length - 2));

        assertOneDefect("noeoi.jpg", "without an end-of-image marker");
    }

    @Test
    void metadataAfterTheFirstScanIsRead() throws Exception {
        byte[] jpeg = ImageFiles.jpeg();
        byte[] comment = ImageFiles.jpeg(COM, "patient 19811218-9876");
        byte[] both = Arrays.copyOf(jpeg, jpeg.length - 2 + comment.length - 2);
        System.arraycopy(comment, 2, both, jpeg.length - 2, comment.length - 2); // drop the first EOI and second SOI
        Datasets.write(root, "progressive.jpg", both);

        assertThat(scan()).extracting(Diagnostic::code).containsExactly("privacy.personal-identity-number");
    }

    @Test
    void aTruncatedPngIsAnError() throws Exception {
        byte[] png = ImageFiles.png("tEXt", "Comment\0fine");
        Datasets.write(root, "cut.png", Arrays.copyOf(png, 60)); // inside IDAT

        assertOneDefect("cut.png", "chunk IDAT at byte 33 declares 64 bytes of data, which run past the end of the file");
    }

    @Test
    void aPngWithoutIendIsAnError() throws Exception {
        byte[] png = ImageFiles.png("tEXt", "Comment\0fine");
        Datasets.write(root, "noiend.png", Arrays.copyOf(png, png.length - 12));

        assertOneDefect("noiend.png", "without an IEND chunk");
    }

    @Test
    void aPngChunkWithABadCrcIsAnError() throws Exception {
        byte[] png = ImageFiles.png("tEXt", "Comment\0fine");
        png[33 + 8 + 10] ^= 1; // one bit of IDAT's data
        Datasets.write(root, "flipped.png", png);

        assertOneDefect("flipped.png", "chunk IDAT at byte 33 has the CRC");
    }

    @Test
    void aPngLengthBeyondWhatPngAllowsIsAnError() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Arrays.copyOf(ImageFiles.png("IDAT", ""), 33));
        out.writeBytes(new byte[] {(byte) 0x80, 0, 0, 0, 't', 'E', 'X', 't'});
        Datasets.write(root, "huge.png", out.toByteArray());

        assertOneDefect("huge.png", "declares a length of 2147483648 bytes");
    }

    @Test
    void aZtxtChunkThatCannotBeInflatedIsAnError() throws Exception {
        Datasets.write(root, "z.png", ImageFiles.png("zTXt", "Comment\0\0not deflate data"));

        assertOneDefect("z.png", "zTXt text cannot be inflated");
    }

    @Test
    void aFileNamedAsAnImageThatIsNotOneFails() throws Exception {
        Datasets.write(root, "scan.png", "a text file, renamed");

        assertOneDefect("scan.png", "does not start with the 8-byte PNG signature");
    }

    @Test
    void aTxtThatIsReallyAPngIsCheckedAsPng() throws Exception {
        Datasets.write(root, "notes.txt", ImageFiles.png("tEXt", "Comment\0patient 19811218-9876"));

        PrivacyResult result = new PrivacyScanner().scan(new DatasetScanner().scan(ScanRequest.of(root)), NONE_DECLARED, 1);

        assertThat(result.diagnostics().all()).extracting(Diagnostic::code, Diagnostic::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("privacy.personal-identity-number", "notes.txt"));
        assertThat(result.files()).extracting(PrivacyResult.FileReport::kind).containsExactly("png");
    }
}
