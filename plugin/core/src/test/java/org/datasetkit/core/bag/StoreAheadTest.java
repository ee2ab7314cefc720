package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.support.Bags;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored entries read, hashed and CRC-ed ahead of the zip writer must leave the archive the bytes it was when the
 * writer did all of it itself: the digests below are those of the archives written before {@link StoreAhead}.
 */
class StoreAheadTest {

    @TempDir
    Path root;

    @TempDir
    Path out;

    /** Awkward names, empty files, files on both sides of the in-memory limit, stored and deflated side by side. */
    private void mixedDataset() {
        Datasets.minimal(root);
        Random random = new Random(20);
        Datasets.write(root, "data/empty.bin", new byte[0]);
        Datasets.write(root, "data/empty.png", new byte[0]);
        Datasets.write(root, "data/Malmö/bröst ö.bin", bytes(random, 1));
        Datasets.write(root, "data/Go\u0308teborg/100% 😀.npz", bytes(random, 4_097));
        Datasets.write(root, "data/line\nbreak.parquet", bytes(random, 70_000));
        Datasets.write(root, "data/limit/exactly.npz", bytes(random, StoreAhead.IN_MEMORY));
        Datasets.write(root, "data/limit/above.npz", bytes(random, StoreAhead.IN_MEMORY + 1));
        Datasets.write(root, "data/text.csv", "a,b\n".repeat(5_000));
        for (int i = 0; i < 30; i++) {
            Datasets.write(root, "data/many/" + i + ".npz", bytes(random, 100 + i * 997));
        }
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    @Test
    void storedAndAutoArchivesAreTheBytesTheyWereBefore() throws Exception {
        mixedDataset();

        Path stored = out.resolve("stored.zip");
        Path auto = out.resolve("auto.zip");
        Bags.write(new ZipBagWriter(3), root, stored, Compression.STORED, DigestAlgorithm.SHA256, DigestAlgorithm.MD5);
        Bags.write(new ZipBagWriter(1), root, auto, Compression.AUTO, DigestAlgorithm.SHA512);

        assertThat(sha256(stored)).isEqualTo("469679fe72a14cd01820a9fdad93a524d470c3ad6698450632aa8a619ce81769");
        // changed 2026-12-01 when auto compression began to store what deflate would not shrink by 1/32: the empty
        // and one-byte .bin, data/a.csv (30 bytes) and docs/README.md (7 bytes) are stored now, nothing else changed
        assertThat(sha256(auto)).isEqualTo("a819fa34b4a9019c04ffaa3d3e898dbf50d13675e3c34daacb0dd3abc9a08f20");
        try (ZipFile zip = ZipFile.builder().setPath(stored).get()) {
            ZipArchiveEntry above = zip.getEntry("test-bag-1.0.0/data/data/limit/above.npz");
            assertThat(above.getMethod()).isEqualTo(java.util.zip.ZipEntry.STORED);
            assertThat(zip.getInputStream(above).readAllBytes()).isEqualTo(Files.readAllBytes(root.resolve("data/limit/above.npz")));
        }
    }

    @Test
    void aStoredFileEditedKeepingItsSizeAndTimeIsRefusedNamingItAndItsDigests() throws Exception {
        mixedDataset();
        FixityResult fixity = Bags.fixity(root, DigestAlgorithm.MD5);
        Path edited = root.resolve("data/many/7.npz");
        FileTime time = Files.getLastModifiedTime(edited);
        byte[] content = Files.readAllBytes(edited);
        content[content.length / 2] ^= 1;
        Files.write(edited, content);
        Files.setLastModifiedTime(edited, time);

        DatasetException e = catchThrowableOfType(DatasetException.class, () -> new ZipBagWriter(2).write(request(fixity)));

        assertThat(e.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bundle.content-changed");
            assertThat(d.file()).isEqualTo("data/many/7.npz");
            assertThat(d.message()).contains("md5 ", fixity.files().stream()
                    .filter(f -> f.file().path().equals("data/many/7.npz")).findFirst().orElseThrow().digest(DigestAlgorithm.MD5));
        });
        try (var left = Files.list(out)) {
            assertThat(left).as("no archive, no scratch").isEmpty();
        }
    }

    @Test
    void aStoredFileThatGrewAfterTheScanIsRefusedNamingIt() throws Exception {
        mixedDataset();
        FixityResult fixity = Bags.fixity(root, DigestAlgorithm.SHA256);
        Path grown = root.resolve("data/many/12.npz");
        FileTime time = Files.getLastModifiedTime(grown);
        Files.write(grown, new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(grown, time);

        DatasetException e = catchThrowableOfType(DatasetException.class, () -> new ZipBagWriter(2).write(request(fixity)));

        assertThat(e.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("dataset.changed-during-read");
            assertThat(d.file()).isEqualTo("data/many/12.npz");
        });
    }

    /** Many cores must not mean many megabytes in flight: the bytes read ahead stay within the budget. */
    @Test
    void theBytesReadAheadStayWithinTheBudgetOnManyThreads() throws Exception {
        Datasets.minimal(root);
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            Datasets.write(root, "data/big/" + i + ".npz", bytes(random, StoreAhead.IN_MEMORY));
        }
        List<org.datasetkit.core.fixity.FileFixity> files = Bags.fixity(root, DigestAlgorithm.SHA256).files().stream()
                .filter(f -> f.file().path().startsWith("data/big/")).toList();

        try (StoreAhead ahead = new StoreAhead(files, 64)) {
            for (org.datasetkit.core.fixity.FileFixity f : files) {
                StoreAhead.Stored stored = ahead.next();
                assertThat(ahead.bytesAhead()).isLessThanOrEqualTo(StoreAhead.BUDGET);
                assertThat(java.util.Arrays.copyOf(stored.bytes(), stored.length())).isEqualTo(Files.readAllBytes(f.file().file()));
            }
        }
    }

    private BagRequest request(FixityResult fixity) {
        return new BagRequest("b", out.resolve("bag.zip"), fixity, List.of(), new BagInfo(List.of()), List.of(), Bags.TIME,
                Compression.STORED);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
