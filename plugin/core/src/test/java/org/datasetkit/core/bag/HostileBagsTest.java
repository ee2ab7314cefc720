package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Bags;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Archives and folders made to exhaust or hang the verifier: each costs bounded time and memory and is refused. */
class HostileBagsTest {

    private static final String DECLARATION = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

    @TempDir
    Path dir;

    private final BagVerifier verifier = new BagVerifier();

    private static List<String> codes(VerificationResult result) {
        return result.diagnostics().all().stream().map(Diagnostic::code).toList();
    }

    @Test
    void entriesThatUnderstateTheirSizeAndShareOneStreamAreRefusedAtTheirLocalHeader() throws Exception {
        RawZip zip = new RawZip().stored("b/bagit.txt", DECLARATION);
        StringBuilder manifest = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            manifest.append("0".repeat(64)).append("  data/x").append(i).append('\n');
        }
        zip.stored("b/manifest-sha256.txt", manifest.toString());
        int zeros = zip.deflated("b/data/x0", new byte[16 << 20]); // 16 MiB from about 16 KB
        for (int i = 0; i < 20; i++) {
            zip.list("b/data/x" + i, zeros, 1000); // each says 1000 bytes; the stream they share says 16 MiB
        }
        Path bomb = dir.resolve("overlap.zip");
        zip.write(bomb);

        VerificationResult result = verifier.verify(bomb);

        // their local header (x0's, which all of them point at) disagrees with what the directory says of each
        assertThat(result.diagnostics().all()).filteredOn(d -> d.code().equals("bag.unreadable-entry")).hasSize(20)
                .allSatisfy(d -> assertThat(d.message()).contains("disagrees with the central directory", "at offset "));
        assertThat(codes(result)).doesNotContain("bag.checksum-mismatch"); // nothing was inflated to the end
    }

    @Test
    void aTagFileBombIsReadLineByLineUnderACap() throws Exception {
        RawZip zip = new RawZip().stored("b/bagit.txt", DECLARATION).stored("b/manifest-sha256.txt", "");
        zip.list("b/bag-info.txt", zip.deflated("b/bag-info.txt", new byte[64 << 20]), 64 << 20);
        Path bomb = dir.resolve("bag-info-bomb.zip");
        zip.write(bomb);

        VerificationResult result = verifier.verify(bomb);

        assertThat(result.diagnostics().all()).filteredOn(d -> d.code().equals("bag.tag-file-line-too-long"))
                .singleElement().satisfies(d -> assertThat(d.file()).isEqualTo("b/bag-info.txt"));
    }

    @Test
    void anOversizedDeclarationIsNotRead() throws Exception {
        RawZip zip = new RawZip().stored("b/manifest-sha256.txt", "");
        zip.list("b/bagit.txt", zip.deflated("b/bagit.txt", (DECLARATION + " ".repeat(1 << 20)).getBytes(StandardCharsets.UTF_8)),
                DECLARATION.length() + (1 << 20));
        Path big = dir.resolve("big-declaration.zip");
        zip.write(big);

        assertThat(codes(verifier.verify(big))).contains("bag.tag-file-too-large");
    }

    @Test
    void aTarGzThatExpandsBeyondTheRatioCapIsRefused() throws Exception {
        Datasets.minimal(dir.resolve("ds"));
        Datasets.write(dir.resolve("ds"), "data/zeros.raw", new byte[32 << 20]);
        Path tgz = dir.resolve("zeros.tar.gz");
        Bags.write(new TarBagWriter(), dir.resolve("ds"), tgz, Compression.AUTO);

        assertThat(verifier.verify(tgz).isValid()).isTrue(); // zeros deflate about 1000:1, under the default cap
        VerificationResult strict = new BagVerifier(new VerificationLimits(1L << 40, 100)).verify(tgz);
        assertThat(strict.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bag.compression-ratio");
            assertThat(d.message()).contains("more than 100 times");
        });
        VerificationResult small = new BagVerifier(new VerificationLimits(1 << 20, 1100)).verify(tgz);
        assertThat(codes(small)).containsExactly("bag.compression-ratio");
    }

    @Test
    void ourTarGzHasItsManifestsBeforeThePayloadSoItIsReadOnce() throws Exception {
        Datasets.minimal(dir.resolve("ds"));
        Path tgz = dir.resolve("bag.tar.gz");
        Bags.write(new TarBagWriter(), dir.resolve("ds"), tgz, Compression.AUTO);

        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(Files.newInputStream(tgz)))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names.indexOf("test-bag-1.0.0/manifest-sha256.txt")).isLessThan(names.indexOf("test-bag-1.0.0/data/data/a.csv"));
    }

    @Test
    void aForeignTarWithItsManifestAfterThePayloadInAnotherAlgorithmIsStillChecked() throws Exception {
        Path tgz = dir.resolve("foreign.tar.gz");
        byte[] a = "alpha\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream file = Files.newOutputStream(tgz);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
            put(tar, "f/bagit.txt", DECLARATION.getBytes(StandardCharsets.UTF_8));
            put(tar, "f/data/a.txt", a);
            put(tar, "f/manifest-md5.txt", (HandMadeBag.hex("md5", a) + "  data/a.txt\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(verifier.verify(tgz).isValid()).isTrue();

        try (OutputStream file = Files.newOutputStream(tgz);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
            put(tar, "f/bagit.txt", DECLARATION.getBytes(StandardCharsets.UTF_8));
            put(tar, "f/data/a.txt", "alphA\n".getBytes(StandardCharsets.UTF_8));
            put(tar, "f/manifest-md5.txt", (HandMadeBag.hex("md5", a) + "  data/a.txt\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(codes(verifier.verify(tgz))).containsExactly("bag.checksum-mismatch");
    }

    private static void put(TarArchiveOutputStream tar, String name, byte[] content) throws Exception {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(content.length);
        tar.putArchiveEntry(e);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a blocked open cannot be interrupted
    void aFifoGivenAsTheBagOrInsideABagFolderIsRefusedWithoutHanging() throws Exception {
        Path fifo = dir.resolve("bag.zip");
        mkfifo(fifo);

        assertThat(verifier.verify(fifo).diagnostics().all()).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("bag.not-a-file"));

        Path zip = dir.resolve("good.zip");
        Datasets.minimal(dir.resolve("ds"));
        Bags.zip(dir.resolve("ds"), zip, Compression.AUTO);
        Path folder = ZipBagWriterTest.extract(zip, dir.resolve("x")).resolve("test-bag-1.0.0");
        mkfifo(folder.resolve("data/pipe"));
        assertThat(codes(verifier.verify(folder))).containsExactly("bag.not-a-file");
    }

    private static void mkfifo(Path path) throws Exception {
        assertThat(new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor()).isZero();
    }

    @Test
    void aGarbageOrTruncatedArchiveIsAFindingNamingItNotAnException() throws Exception {
        Path garbage = Files.write(dir.resolve("garbage.zip"), "this is not a zip at all".getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(garbage).diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bag.unreadable-archive");
            assertThat(d.file()).endsWith("garbage.zip");
        });

        Datasets.minimal(dir.resolve("ds"));
        Path tgz = dir.resolve("cut.tar.gz");
        Bags.write(new TarBagWriter(), dir.resolve("ds"), tgz, Compression.AUTO);
        byte[] whole = Files.readAllBytes(tgz);
        Files.write(tgz, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(codes(verifier.verify(tgz))).contains("bag.unreadable-archive");
    }

    @Test
    void aManifestListingMillionsOfMissingFilesGivesAHundredErrorsAndACount() throws Exception {
        HandMadeBag bag = new HandMadeBag(dir.resolve("many")).declaration("1.0").file("data/a.txt", "a\n");
        StringBuilder lines = new StringBuilder(HandMadeBag.hex("sha256", "a\n".getBytes(StandardCharsets.UTF_8)) + "  data/a.txt\n");
        for (int i = 0; i < 50_000; i++) {
            lines.append("0".repeat(64)).append("  data/missing/").append(i).append('\n');
        }
        bag.tag("manifest-sha256.txt", lines.toString());

        List<Diagnostic> all = verifier.verify(bag.root()).diagnostics().all();

        assertThat(all).hasSize(BagFindings.PER_CODE + 1);
        assertThat(all).anySatisfy(d -> assertThat(d.message()).contains("and 49900 more"));
    }
}
