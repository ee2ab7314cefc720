package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.support.Bags;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zip writer of our own ({@link ZipOutput}, the central directory spooled to disk) against the commons-compress
 * writer it replaced ({@link CommonsCompressZipBagWriter}): the same bag must be the same bytes, whatever the names,
 * sizes, compression and number of entries.
 */
class ZipOutputTest {

    @TempDir
    Path root;

    @TempDir
    Path out;

    private void awkwardDataset() throws Exception {
        Datasets.minimal(root);
        Datasets.write(root, "data/with space/100% done.csv", "a,b\n".repeat(300));
        Datasets.write(root, "data/Malmö/bröst_ö.txt", "nfc");
        Datasets.write(root, "data/Go\u0308teborg/nfd-only.txt", "nfd folder");
        Datasets.write(root, "data/line\nbreak.txt", "lf");
        Datasets.write(root, "data/empty.dat", new byte[0]);
        Datasets.write(root, "data/empty.png", new byte[0]);
        Datasets.write(root, "data/a/b/c/d/e/deep.bin", new byte[] {0, 1, 2});
        Datasets.write(root, "data/😀 emoji.txt", "astral");
        byte[] noise = new byte[DeflateAhead.IN_MEMORY + 4_321];
        new Random(7).nextBytes(noise);
        Datasets.write(root, "data/large/noise.bin", noise);
        Datasets.write(root, "data/large/text.csv", "a long, compressible line of text\n".repeat(70_000));
        Datasets.write(root, "data/photo.png", Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, 2_000));
    }

    @ParameterizedTest
    @EnumSource(Compression.class)
    void awkwardNamesEmptyFilesAndGeneratedFilesAreTheSameBytesAsCommonsCompressWrote(Compression compression)
            throws Exception {
        awkwardDataset();
        FixityResult fixity = Bags.fixity(root, DigestAlgorithm.SHA256, DigestAlgorithm.MD5);
        Path crate = out.resolve("spool/ro-crate-metadata.json");
        SpooledFile spooled = SpooledFile.write(crate, "ro-crate-metadata.json", List.of(DigestAlgorithm.MD5),
                o -> o.write("{\"@graph\": []}\n".repeat(80_000).getBytes())); // over DeflateAhead.IN_MEMORY: deflated in scratch
        List<TagFile> generated = List.of(new TagFile("metadata/empty.json", new byte[0]),
                new TagFile("metadata/Dörte ö.json", "{}".getBytes()));
        List<TagFile> tags = List.of(new TagFile("fingerprints/fingerprints.tsv", "x\t1\n".repeat(5_000).getBytes()));
        BagInfo info = new BagInfo(List.of(new BagInfo.Field("Bagging-Date", "2026-05-01")));

        byte[] before = write(new CommonsCompressZipBagWriter(2), "before.zip", fixity, generated, tags, spooled, info, compression);
        byte[] after = write(new ZipBagWriter(2), "after.zip", fixity, generated, tags, spooled, info, compression);

        assertThat(after.length).isEqualTo(before.length);
        assertThat(firstDifference(after, before)).as("the first byte that differs").isEqualTo(-1);
        try (ZipFile zip = ZipFile.builder().setPath(out.resolve("after.zip")).get()) {
            assertThat(zip.getInputStream(zip.getEntry("b/data/data/large/text.csv")).readAllBytes()).hasSize(34 * 70_000);
        }
        assertThat(new BagVerifier().verify(out.resolve("after.zip")).isValid()).isTrue();
    }

    @Test
    void moreThan65535EntriesAreTheSameBytesWithTheZip64EndRecords() throws Exception {
        Datasets.write(root, "datasheet.yaml", "x");
        List<TagFile> generated = new ArrayList<>(66_000);
        for (int i = 0; i < 66_000; i++) {
            generated.add(new TagFile(String.format("d%02d/%d.txt", i / 1000, i), i % 3 == 0 ? new byte[0] : new byte[] {(byte) i}));
        }
        FixityResult fixity = Bags.fixity(root, DigestAlgorithm.SHA256);
        BagInfo info = new BagInfo(List.of());

        byte[] before = write(new CommonsCompressZipBagWriter(2), "before.zip", fixity, generated, List.of(), null, info,
                Compression.STORED);
        byte[] after = write(new ZipBagWriter(2), "after.zip", fixity, generated, List.of(), null, info, Compression.STORED);

        assertThat(firstDifference(after, before)).as("the first byte that differs").isEqualTo(-1);
        assertThat(after).hasSameSizeAs(before);
        try (java.util.zip.ZipFile jdk = new java.util.zip.ZipFile(out.resolve("after.zip").toFile())) {
            assertThat(jdk.size()).isGreaterThan(66_000);
        }
    }

    private byte[] write(BagWriter writer, String name, FixityResult fixity, List<TagFile> generated, List<TagFile> tags,
            SpooledFile spooled, BagInfo info, Compression compression) throws Exception {
        Path target = out.resolve(name);
        writer.write(new BagRequest("b", target, fixity, generated, info, tags, Bags.TIME, compression, List.of(),
                spooled == null ? List.of() : List.of(spooled), Optional.empty()));
        return Files.readAllBytes(target);
    }

    private static int firstDifference(byte[] a, byte[] b) {
        return Arrays.mismatch(a, b);
    }
}
