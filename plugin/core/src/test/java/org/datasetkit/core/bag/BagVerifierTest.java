package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.UnaryOperator;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Bags;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BagVerifierTest {

    private static final String TOP = "test-bag-1.0.0/";

    @TempDir
    Path root;

    @TempDir
    Path out;

    private Path good;

    private final BagVerifier verifier = new BagVerifier();

    @BeforeEach
    void bag() throws Exception {
        Datasets.minimal(root);
        good = out.resolve("good.zip");
        Bags.zip(root, good, Compression.AUTO);
    }

    /** A copy of the good bag with one entry changed, dropped (null) or added. */
    private Path tampered(String name, UnaryOperator<byte[]> change, String addName, byte[] addContent) throws IOException {
        Path copy = out.resolve("tampered-" + System.nanoTime() + ".zip");
        try (ZipFile in = ZipFile.builder().setPath(good).get();
                ZipArchiveOutputStream zip = new ZipArchiveOutputStream(copy)) {
            for (ZipArchiveEntry e : Collections.list(in.getEntries())) {
                byte[] content = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(name)) {
                    content = change.apply(content);
                    if (content == null) {
                        continue;
                    }
                }
                zip.putArchiveEntry(new ZipArchiveEntry(e.getName()));
                zip.write(content);
                zip.closeArchiveEntry();
            }
            if (addName != null) {
                ZipArchiveEntry added = new ZipArchiveEntry(addName);
                zip.putArchiveEntry(added);
                zip.write(addContent);
                zip.closeArchiveEntry();
            }
        }
        return copy;
    }

    private static java.util.List<String> codes(VerificationResult result) {
        return result.diagnostics().all().stream().map(Diagnostic::code).toList();
    }

    @Test
    void aGoodBagIsValid() throws Exception {
        VerificationResult result = verifier.verify(good);

        assertThat(result.isValid()).isTrue();
        assertThat(result.diagnostics().all()).isEmpty();
        assertThat(result.bagName()).isEqualTo("test-bag-1.0.0");
        assertThat(result.payloadFiles()).isEqualTo(4);
    }

    @Test
    void oneChangedByteIsFoundAndNamed() throws Exception {
        Path bad = tampered(TOP + "data/data/a.csv", b -> {
            b[0] ^= 1;
            return b;
        }, null, null);

        VerificationResult result = verifier.verify(bad);

        assertThat(result.isValid()).isFalse();
        assertThat(result.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bag.checksum-mismatch");
            assertThat(d.file()).isEqualTo("test-bag-1.0.0/data/data/a.csv");
        });
    }

    @Test
    void anAddedFileIsFoundAndTheOxumDisagrees() throws Exception {
        Path bad = tampered("none", b -> b, TOP + "data/extra.txt", "sneaked in".getBytes(StandardCharsets.UTF_8));

        VerificationResult result = verifier.verify(bad);

        assertThat(codes(result)).containsExactlyInAnyOrder("bag.unlisted-file", "bag.oxum-mismatch");
        assertThat(result.diagnostics().all()).anySatisfy(d -> assertThat(d.file()).endsWith("data/extra.txt"));
    }

    @Test
    void aRemovedFileIsFoundAndTheOxumDisagrees() throws Exception {
        Path bad = tampered(TOP + "data/docs/README.md", b -> null, null, null);

        VerificationResult result = verifier.verify(bad);

        assertThat(codes(result)).containsExactlyInAnyOrder("bag.missing-file", "bag.oxum-mismatch");
    }

    @Test
    void anEntryEscapingTheBagIsRefused() throws Exception {
        Path bad = tampered("none", b -> b, TOP + "../../etc/evil.txt", "x".getBytes(StandardCharsets.UTF_8));

        VerificationResult result = verifier.verify(bad);

        assertThat(codes(result)).contains("bag.unsafe-path");
        assertThat(result.diagnostics().all()).anySatisfy(d -> assertThat(d.message()).contains(".."));
    }

    @Test
    void absoluteAndDriveLetterNamesAreRefused() {
        assertThat(BagSource.unsafeReason("/etc/passwd")).contains("absolute");
        assertThat(BagSource.unsafeReason("C:/Windows/x")).contains("drive letter");
        assertThat(BagSource.unsafeReason("\\\\server\\share")).isNotNull();
        assertThat(BagSource.unsafeReason("~root/x")).contains("~");
        assertThat(BagSource.unsafeReason("bag/data/a..b.txt")).isNull();
    }

    @Test
    void aChangedTagFileIsFoundThroughTheTagManifest() throws Exception {
        Path bad = tampered(TOP + "bag-info.txt",
                b -> (new String(b, StandardCharsets.UTF_8) + "Contact-Name: Someone Else\n").getBytes(StandardCharsets.UTF_8),
                null, null);

        assertThat(codes(verifier.verify(bad))).containsExactly("bag.tag-checksum-mismatch");
    }

    @Test
    void aMissingDeclarationAndManifestAreReported() throws Exception {
        Path noDeclaration = tampered(TOP + "bagit.txt", b -> null, null, null);
        Path noManifest = tampered(TOP + "manifest-sha256.txt", b -> null, null, null);

        assertThat(codes(verifier.verify(noDeclaration))).contains("bag.no-declaration");
        assertThat(codes(verifier.verify(noManifest))).contains("bag.no-manifest", "bag.missing-file");
    }

    @Test
    void aSecondTopLevelFolderIsReported() throws Exception {
        Path bad = tampered("none", b -> b, "other/readme.txt", "x".getBytes(StandardCharsets.UTF_8));

        assertThat(codes(verifier.verify(bad))).contains("bag.not-one-folder");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() throws Exception {
        Path first = tampered(TOP + "data/data/a.csv", b -> {
            b[0] ^= 1;
            return b;
        }, TOP + "data/extra.txt", new byte[] {1});
        Files.move(first, good, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path bad = tampered(TOP + "data/docs/README.md", b -> null, null, null);

        assertThat(codes(verifier.verify(bad))).contains("bag.checksum-mismatch", "bag.unlisted-file", "bag.missing-file");
    }

    @Test
    void aZipBombEntryIsRefusedUnread() throws Exception {
        Path bomb = tampered("none", b -> b, TOP + "data/zeros.bin", new byte[8 << 20]);

        VerificationResult result = new BagVerifier(new VerificationLimits(1L << 40, 100)).verify(bomb);

        assertThat(result.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bag.compression-ratio");
            assertThat(d.file()).endsWith("data/zeros.bin");
        });
    }

    @Test
    void aFileOfZerosAtDeflatesHighestRatioIsNotTakenForABomb() throws Exception {
        Datasets.write(root, "data/empty-mask.raw", new byte[16 << 20]);
        Path zeros = out.resolve("zeros.zip");
        Bags.zip(root, zeros, Compression.AUTO);

        VerificationResult result = verifier.verify(zeros);

        assertThat(result.isValid()).as(result.diagnostics().toString()).isTrue();
        assertThat(result.payloadBytes()).isGreaterThan(16 << 20);
        // Under a stricter cap the same listed file is refused: one problem, not a "missing" file and an Oxum on top.
        assertThat(codes(new BagVerifier(new VerificationLimits(1L << 40, 100)).verify(zeros)))
                .containsExactly("bag.compression-ratio");
    }

    @Test
    void manySmallEntriesThatTogetherExpandBeyondTheCapAreNotRead() throws Exception {
        for (int i = 0; i < 60; i++) {
            Datasets.write(root, "data/masks/" + i + ".raw", new byte[512 << 10]); // each under the per-entry check
        }
        Path small = out.resolve("small.zip");
        Bags.zip(root, small, Compression.AUTO);

        assertThat(verifier.verify(small).isValid()).isTrue();
        VerificationResult strict = new BagVerifier(new VerificationLimits(1L << 40, 100)).verify(small);
        assertThat(strict.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bag.compression-ratio");
            assertThat(d.file()).isEqualTo("small.zip");
            assertThat(d.message()).contains("more than 100:1");
        });
    }

    @Test
    void aBagLargerThanTheCapIsRefusedBeforeReading() throws Exception {
        VerificationResult result = new BagVerifier(new VerificationLimits(100, 1000)).verify(good);

        assertThat(codes(result)).contains("bag.too-large");
    }

    @Test
    void aBagFolderIsVerifiedToo() throws Exception {
        Path folder = ZipBagWriterTest.extract(good, out.resolve("x")).resolve("test-bag-1.0.0");

        assertThat(verifier.verify(folder).isValid()).isTrue();

        Files.writeString(folder.resolve("data/datasheet.yaml"), "changed");
        assertThat(codes(verifier.verify(folder))).containsExactlyInAnyOrder("bag.checksum-mismatch", "bag.oxum-mismatch");
    }
}
