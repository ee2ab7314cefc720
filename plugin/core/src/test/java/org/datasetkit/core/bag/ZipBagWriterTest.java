package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.support.Bags;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipBagWriterTest {

    @TempDir
    Path root;

    @TempDir
    Path out;

    /** Every awkward name a real dataset has held: spaces, %, non-ASCII (NFC and NFD), CR/LF, empty files, depth. */
    private void awkwardDataset() {
        Datasets.minimal(root);
        Datasets.write(root, "data/with space/100% done.csv", "a,b\n");
        Datasets.write(root, "data/Malmö/bröst_ö.txt", "nfc");
        Datasets.write(root, "data/Go\u0308teborg/nfd-only.txt", "nfd folder");
        Datasets.write(root, "data/line\nbreak.txt", "lf");
        Datasets.write(root, "data/carriage\rreturn.txt", "cr");
        Datasets.write(root, "data/empty.dat", new byte[0]);
        Datasets.write(root, "data/a/b/c/d/e/deep.bin", new byte[] {0, 1, 2});
        Datasets.write(root, "data/😀 emoji.txt", "astral");
    }

    @Test
    void everyNameRoundTripsAndTheArchiveHasOneSortedTopFolder() throws Exception {
        awkwardDataset();
        Path archive = out.resolve("bag.zip");

        BagWriteResult result = Bags.zip(root, archive, Compression.AUTO);

        List<String> names = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                names.add(e.getName());
                assertThat(e.getName()).startsWith("test-bag-1.0.0/");
                assertThat(e.getUnixMode()).isEqualTo(e.isDirectory() ? 040755 : 0100644);
                assertThat(e.getExtraFields()).isEmpty();
            }
            String manifest = new String(zip.getInputStream(zip.getEntry("test-bag-1.0.0/manifest-sha256.txt")).readAllBytes());
            assertThat(manifest).contains("data/data/with space/100%25 done.csv\n", "data/data/line%0Abreak.txt\n",
                    "data/data/carriage%0Dreturn.txt\n", "data/data/Go\u0308teborg/nfd-only.txt\n");
            assertThat(new String(zip.getInputStream(zip.getEntry("test-bag-1.0.0/data/data/line\nbreak.txt")).readAllBytes()))
                    .isEqualTo("lf");
            assertThat(zip.getEntry("test-bag-1.0.0/data/data/empty.dat").getSize()).isZero();
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(org.datasetkit.core.dataset.PathOrder.INSTANCE);
        assertThat(names).isEqualTo(sorted);
        assertThat(names).contains("test-bag-1.0.0/bagit.txt", "test-bag-1.0.0/tagmanifest-sha256.txt",
                "test-bag-1.0.0/data/data/😀 emoji.txt", "test-bag-1.0.0/data/data/a/b/c/d/e/");
        assertThat(result.payloadFiles()).isEqualTo(12);
        assertThat(new org.datasetkit.core.bag.BagVerifier().verify(archive).diagnostics().all()).isEmpty();
    }

    @Test
    void imagesAreStoredAndTextIsDeflated() throws Exception {
        Datasets.minimal(root);
        // large enough for deflate to pay: the minimal one's 30 bytes would be stored (AutoCompressionTest)
        Datasets.write(root, "data/a.csv", "id,label\n" + "1,benign\n2,malignant\n".repeat(40));
        Path archive = out.resolve("bag.zip");

        Bags.zip(root, archive, Compression.AUTO);
        Path stored = out.resolve("stored.zip");
        Bags.zip(root, stored, Compression.STORED);

        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            assertThat(zip.getEntry("test-bag-1.0.0/data/data/images/img 1.png").getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(zip.getEntry("test-bag-1.0.0/data/data/a.csv").getMethod()).isEqualTo(ZipEntry.DEFLATED);
        }
        try (ZipFile zip = ZipFile.builder().setPath(stored).get()) {
            assertThat(zip.getEntry("test-bag-1.0.0/data/data/a.csv").getMethod()).isEqualTo(ZipEntry.STORED);
        }
    }

    @Test
    void dicomIsStoredOnlyWhenItsTransferSyntaxIsCompressed() throws Exception {
        Datasets.minimal(root);
        Datasets.write(root, "data/jpeg.dcm", org.datasetkit.core.support.DicomFiles.dicom("1.2.840.10008.1.2.4.70"));
        Datasets.write(root, "data/native.dcm", org.datasetkit.core.support.DicomFiles.dicom("1.2.840.10008.1.2.1"));
        Datasets.write(root, "data/renamed.bin", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2});
        Path archive = out.resolve("bag.zip");

        Bags.zip(root, archive, Compression.AUTO);

        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            assertThat(zip.getEntry("test-bag-1.0.0/data/data/jpeg.dcm").getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(zip.getEntry("test-bag-1.0.0/data/data/native.dcm").getMethod()).isEqualTo(ZipEntry.DEFLATED);
            assertThat(zip.getEntry("test-bag-1.0.0/data/data/renamed.bin").getMethod()).isEqualTo(ZipEntry.STORED);
        }
    }

    /**
     * 66,001 payload entries: more than a zip's 16-bit entry count holds, so the end of the central directory needs
     * its ZIP64 record. The entries are the bundle's in-memory (generated) payload files, which the writer treats
     * like any other entry: the test needs no 66,000 files on disk, only the archive.
     */
    @Test
    void moreThan65535EntriesGetZip64AndStillVerify() throws Exception {
        Datasets.write(root, "datasheet.yaml", "x");
        List<TagFile> generated = new ArrayList<>(66_000);
        for (int d = 0; d < 66; d++) {
            for (int i = 0; i < 1000; i++) {
                generated.add(new TagFile(String.format("data/d%02d/%d.txt", d, i), new byte[0]));
            }
        }
        Path archive = out.resolve("many.zip");

        BagWriteResult result = Bags.write(new ZipBagWriter(), root, generated, archive, Compression.STORED);

        assertThat(result.payloadFiles()).isEqualTo(66_001);
        assertThat(lastIndexOf(Files.readAllBytes(archive), new byte[] {0x50, 0x4b, 0x06, 0x06}))
                .as("a ZIP64 end of central directory record").isPositive();
        try (java.util.zip.ZipFile jdk = new java.util.zip.ZipFile(archive.toFile())) {
            assertThat(jdk.size()).isGreaterThan(65_535);
            assertThat(jdk.getEntry("test-bag-1.0.0/data/data/d65/999.txt")).isNotNull();
        }
        // Our verifier reads the archive through Commons Compress: every entry, each checked against the manifest.
        VerificationResult verified = new org.datasetkit.core.bag.BagVerifier().verify(archive);
        assertThat(verified.isValid()).as(verified.toString()).isTrue();
        assertThat(verified.payloadFiles()).isEqualTo(66_001);
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * The dataset's files are merged into the plan's order as it is iterated, straight from the checksums' list; a list
     * not in path order goes through the sorted map every entry used to (the plan as it was before the merge): both
     * must give the same archive, byte for byte, generated files, folders and tag files interleaved with awkward names.
     */
    @Test
    void theMergedPlanWritesTheSameBytesAsTheFullySortedOne() throws Exception {
        awkwardDataset();
        Datasets.write(root, "data/data/zz.txt", "beside a generated file");
        Datasets.write(root, "data/a.txt", "before the folder a/");
        FixityResult fixity = Bags.fixity(root, DigestAlgorithm.SHA256, DigestAlgorithm.MD5);
        List<org.datasetkit.core.fixity.FileFixity> shuffled = new ArrayList<>(fixity.files());
        Collections.reverse(shuffled);
        FixityResult unsorted = new FixityResult(fixity.dataset(), fixity.algorithms(), shuffled, fixity.stats(),
                fixity.warnings());
        List<TagFile> generated = List.of(new TagFile("data/ro-crate-metadata.json", "{}".getBytes()),
                new TagFile("a/b.json", "[]".getBytes()));
        BagInfo info = new BagInfo(List.of(new BagInfo.Field("Bagging-Date", "2026-05-01")));

        List<String> digests = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        for (FixityResult f : List.of(fixity, unsorted)) {
            BagRequest request = new BagRequest("test-bag-1.0.0", out.resolve(digests.size() + ".zip"), f, generated, info,
                    List.of(), Bags.TIME, Compression.AUTO);
            names.add(new ArrayList<>(new BagPlan(request).entries().keySet()));
            new ZipBagWriter(2).write(request, new BagPlan(request));
            digests.add(sha256(request.target()));
        }

        assertThat(names.get(0)).isEqualTo(names.get(1)).contains("data/data/ro-crate-metadata.json", "data/a/", "data/data/a.txt", "data/data/a/");
        List<String> sorted = new ArrayList<>(names.get(0));
        sorted.sort(org.datasetkit.core.dataset.PathOrder.INSTANCE);
        assertThat(names.get(0)).isEqualTo(sorted).doesNotHaveDuplicates();
        assertThat(digests.get(0)).isEqualTo(digests.get(1));
    }

    @Test
    void theSameInputGivesTheSameBytesInEveryTimeZone() throws Exception {
        awkwardDataset();
        TimeZone original = TimeZone.getDefault();
        List<String> digests = new ArrayList<>();
        try {
            for (String zone : List.of("UTC", "Asia/Tokyo", "America/New_York", "Australia/Lord_Howe")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                Path archive = out.resolve(zone.replace('/', '_') + ".zip");
                Bags.zip(root, archive, Compression.AUTO);
                digests.add(sha256(archive));
            }
        } finally {
            TimeZone.setDefault(original);
        }

        assertThat(digests).hasSize(4).containsOnly(digests.get(0));
        try (ZipFile zip = ZipFile.builder().setPath(out.resolve("UTC.zip")).get()) {
            assertThat(zip.getEntry("test-bag-1.0.0/bagit.txt").getTime())
                    .isEqualTo(Bags.TIME.toEpochMilli() - TimeZone.getDefault().getOffset(Bags.TIME.toEpochMilli()));
        }
    }

    /**
     * bagit-java 5.2.0 does not decode {@code %25} in manifest paths (LibraryOfCongress/bagit-java#139, open), so it
     * cannot verify any RFC 8493 bag with a '%' in a file name; this dataset has every other awkward name.
     */
    @Test
    void theLibraryOfCongressVerifierAcceptsOurBags() throws Exception {
        awkwardDataset();
        Files.delete(root.resolve("data/with space/100% done.csv"));
        Datasets.write(root, "data/with space/all done.csv", "a,b\n");
        Path archive = out.resolve("bag.zip");
        Bags.zip(root, archive, Compression.AUTO, DigestAlgorithm.SHA256, DigestAlgorithm.SHA512);
        Path extracted = extract(archive, out.resolve("extracted"));

        Bag bag = new BagReader().read(extracted.resolve("test-bag-1.0.0"));
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, false);
        }

        assertThat(bag.getVersion().toString()).isEqualTo("1.0");
        assertThat(bag.getPayLoadManifests()).hasSize(2);
        assertThat(bag.getPayLoadManifests().iterator().next().getFileToChecksumMap()).hasSize(12)
                .containsKey(extracted.resolve("test-bag-1.0.0/data/data/line\nbreak.txt"));
    }

    @Test
    void theArchiveIsTheSameBytesWithOneThreadOrManyAndLargeEntriesRoundTrip() throws Exception {
        Datasets.minimal(root);
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 40; i++) {
            Datasets.write(root, "data/small/" + i + ".csv", ("row," + i + "\n").repeat(50 + i * 13));
        }
        byte[] noise = new byte[DeflateAhead.IN_MEMORY + 12_345];
        random.nextBytes(noise);
        Datasets.write(root, "data/large/noise.bin", noise);
        Datasets.write(root, "data/large/text.csv", "a long, compressible line of text\n".repeat(90_000));
        FixityResult fixity = Bags.fixity(root, DigestAlgorithm.SHA256);
        BagInfo info = new BagInfo(List.of(new BagInfo.Field("Bagging-Date", "2026-05-01")));

        Path one = out.resolve("one.zip");
        Path three = out.resolve("three.zip");
        new ZipBagWriter(1).write(new BagRequest("b", one, fixity, List.of(), info, List.of(), Bags.TIME, Compression.AUTO));
        new ZipBagWriter(3).write(new BagRequest("b", three, fixity, List.of(), info, List.of(), Bags.TIME, Compression.AUTO));

        assertThat(sha256(three)).isEqualTo(sha256(one));
        try (ZipFile zip = ZipFile.builder().setPath(three).get()) {
            ZipArchiveEntry text = zip.getEntry("b/data/data/large/text.csv");
            assertThat(text.getMethod()).isEqualTo(java.util.zip.ZipEntry.DEFLATED);
            assertThat(text.getCompressedSize()).isLessThan(text.getSize() / 10);
            assertThat(zip.getInputStream(zip.getEntry("b/data/data/large/noise.bin")).readAllBytes()).isEqualTo(noise);
            assertThat(new String(zip.getInputStream(text).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .hasSize(34 * 90_000);
        }
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no scratch left").containsExactlyInAnyOrder("one.zip", "three.zip");
        }
    }

    @Test
    void aFileChangedBeforeBundlingFailsAndLeavesNothingAtTheFinalPath() throws Exception {
        Datasets.minimal(root);
        FixityResult fixity = Bags.fixity(root, DigestAlgorithm.SHA256);
        Datasets.write(root, "docs/README.md", "# Test, edited while bundling\n");
        Path archive = out.resolve("bag.zip");

        DatasetException e = catchThrowableOfType(DatasetException.class, () -> new ZipBagWriter().write(
                new BagRequest("b", archive, fixity, List.of(), new BagInfo(List.of()), List.of(), Bags.TIME, Compression.AUTO)));

        assertThat(e.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("dataset.changed-during-read");
            assertThat(d.file()).isEqualTo("docs/README.md");
            assertThat(d.message()).contains("bundled");
        });
        try (var left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Extracts with our own safe-path rule; the names come from our writer. */
    static Path extract(Path archive, Path target) throws Exception {
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                Path p = e.resolveIn(target);
                if (e.isDirectory()) {
                    Files.createDirectories(p);
                } else {
                    Files.createDirectories(p.getParent());
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, p);
                    }
                }
            }
        }
        return target;
    }
}
