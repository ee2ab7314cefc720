package org.datasetkit.core.fixity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksummerTest {

    /** Known answers: sha256("abc"), sha512("abc"), md5(""). */
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String SHA512_ABC = "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
            + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f";
    private static final String MD5_EMPTY = "d41d8cd98f00b204e9800998ecf8427e";

    @TempDir
    Path root;

    @TempDir
    Path work;

    private final Checksummer checksummer = new Checksummer();

    private Dataset scan() throws Exception {
        return new DatasetScanner().scan(ScanRequest.of(root));
    }

    private FixityResult compute(Dataset dataset, boolean force, DigestAlgorithm... algorithms) throws Exception {
        return checksummer.compute(dataset, new FixityOptions(List.of(algorithms), 2, Optional.of(work.resolve("cache.tsv")),
                force, ProgressListener.NONE, Duration.ofSeconds(5)));
    }

    /** Back-dates every file so the cache does not treat it as just modified. */
    private void age() throws Exception {
        try (var files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(60)));
            }
        }
        Thread.sleep(50); // setting the time moved the change time, which cannot be back-dated: let it age past the window
    }

    @Test
    void everyAlgorithmFromOneReadMatchesKnownAnswers() throws Exception {
        Datasets.write(root, "abc.txt", "abc");
        Datasets.write(root, "empty.txt", "");

        FixityResult result = compute(scan(), false,
                DigestAlgorithm.SHA256, DigestAlgorithm.SHA512, DigestAlgorithm.MD5);

        FileFixity abc = result.files().get(0);
        assertThat(abc.file().path()).isEqualTo("abc.txt");
        assertThat(abc.digest(DigestAlgorithm.SHA256)).isEqualTo(SHA256_ABC);
        assertThat(abc.digest(DigestAlgorithm.SHA512)).isEqualTo(SHA512_ABC);
        assertThat(result.files().get(1).digest(DigestAlgorithm.MD5)).isEqualTo(MD5_EMPTY);
        assertThat(result.stats().hashedFiles()).isEqualTo(2);
        assertThat(result.stats().hashedBytes()).isEqualTo(3);
    }

    @Test
    void manyFilesOnSeveralThreadsKeepTheDatasetOrder() throws Exception {
        for (int i = 0; i < 200; i++) {
            Datasets.write(root, String.format("f%03d.bin", i), ("content " + i).repeat(i));
        }
        Dataset dataset = scan();

        FixityResult result = compute(dataset, false, DigestAlgorithm.SHA256);

        assertThat(result.files()).extracting(f -> f.file().path())
                .containsExactlyElementsOf(dataset.files().stream().map(f -> f.path()).toList());
        FileFixity f7 = result.files().get(7);
        assertThat(f7.digest(DigestAlgorithm.SHA256)).isEqualTo(java.util.HexFormat.of().formatHex(
                DigestAlgorithm.SHA256.newDigest().digest(Files.readAllBytes(f7.file().file()))));
    }

    @Test
    void anUnchangedDatasetIsTakenFromTheCache() throws Exception {
        Datasets.minimal(root);
        age();
        FixityResult first = compute(scan(), false, DigestAlgorithm.SHA256);

        FixityResult second = compute(scan(), false, DigestAlgorithm.SHA256);

        assertThat(second.stats().hashedFiles()).isZero();
        assertThat(second.stats().cachedFiles()).isEqualTo(4);
        assertThat(second.files()).isEqualTo(first.files());
    }

    @Test
    void aChangedFileIsHashedAgainAndForceHashesEverything() throws Exception {
        Datasets.minimal(root);
        age();
        compute(scan(), false, DigestAlgorithm.SHA256);
        Datasets.write(root, "data/a.csv", "id,label\n1,changed\n");
        Files.setLastModifiedTime(root.resolve("data/a.csv"), FileTime.from(Instant.now().minusSeconds(30)));

        FixityResult incremental = compute(scan(), false, DigestAlgorithm.SHA256);
        FixityResult forced = compute(scan(), true, DigestAlgorithm.SHA256);

        assertThat(incremental.stats().hashedFiles()).isEqualTo(1);
        assertThat(incremental.files().get(0).digest(DigestAlgorithm.SHA256)).isEqualTo(java.util.HexFormat.of().formatHex(
                DigestAlgorithm.SHA256.newDigest().digest("id,label\n1,changed\n".getBytes())));
        assertThat(forced.stats().hashedFiles()).isEqualTo(4);
    }

    @Test
    void anEditKeepingTheSizeWithTheModificationTimePutBackIsHashedAgain() throws Exception {
        Datasets.minimal(root);
        age();
        compute(scan(), false, DigestAlgorithm.SHA256);
        Path labels = root.resolve("data/a.csv");
        FileTime before = Files.getLastModifiedTime(labels);
        Files.writeString(labels, "id,label\n1,benign\n2,malignanT\n"); // a redaction of the same length
        Files.setLastModifiedTime(labels, before);
        Thread.sleep(50);

        FixityResult again = compute(scan(), false, DigestAlgorithm.SHA256);

        assertThat(again.stats().hashedFiles()).isEqualTo(1);
        assertThat(again.files()).filteredOn(f -> f.file().path().equals("data/a.csv")).singleElement()
                .satisfies(f -> assertThat(f.digest(DigestAlgorithm.SHA256)).isEqualTo(
                        DigestAlgorithm.toHex(DigestAlgorithm.SHA256.newDigest().digest(Files.readAllBytes(labels)))));
    }

    @Test
    void afterAPartialRunTheCacheHoldsEveryFileWhereverItsChecksumCameFrom() throws Exception {
        for (int i = 0; i < 40; i++) {
            Datasets.write(root, "d" + (i % 3) + "/f" + i + ".bin", "file " + i);
        }
        age();
        FixityResult first = compute(scan(), false, DigestAlgorithm.SHA256, DigestAlgorithm.MD5);
        for (Path p : List.of(Datasets.write(root, "d1/f7.bin", "changed"), Datasets.write(root, "d2/new.bin", "added"))) {
            Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(30)));
        }
        Thread.sleep(50); // their change times are now: let them age past the window

        FixityResult partial = compute(scan(), false, DigestAlgorithm.SHA256, DigestAlgorithm.MD5);
        FixityResult third = compute(scan(), false, DigestAlgorithm.SHA256, DigestAlgorithm.MD5);

        assertThat(first.stats().hashedFiles()).isEqualTo(40);
        assertThat(partial.stats().hashedFiles()).isEqualTo(2);
        assertThat(partial.stats().cachedFiles()).isEqualTo(39);
        assertThat(third.stats().hashedFiles()).isZero();
        assertThat(third.files()).isEqualTo(partial.files());
        assertThat(Files.readAllLines(work.resolve("cache.tsv"))).hasSize(5 + 41 + 1); // the header, a line per file, the seal
    }

    @Test
    void aFileModifiedJustNowIsNotTrustedFromTheCache() throws Exception {
        Datasets.minimal(root);
        compute(scan(), false, DigestAlgorithm.SHA256);

        FixityResult again = compute(scan(), false, DigestAlgorithm.SHA256);

        assertThat(again.stats().hashedFiles()).isEqualTo(4);
    }

    @Test
    void aDamagedCacheIsIgnoredWithAWarning() throws Exception {
        Datasets.minimal(root);
        age();
        compute(scan(), false, DigestAlgorithm.SHA256);
        Path cache = work.resolve("cache.tsv");
        Files.writeString(cache, Files.readString(cache).replaceFirst("\t[0-9a-f]{64}\t", "\tnot-hex\t"));

        FixityResult result = compute(scan(), false, DigestAlgorithm.SHA256);

        assertThat(result.stats().hashedFiles()).isEqualTo(4);
        assertThat(result.warnings().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("fixity.cache-ignored");
            assertThat(d.message()).contains("damaged");
        });
    }

    @Test
    void aForeignCacheIsIgnoredWithAWarning() throws Exception {
        Datasets.minimal(root);
        Files.writeString(work.resolve("cache.tsv"), "something else entirely\n");

        FixityResult result = compute(scan(), false, DigestAlgorithm.SHA256);

        assertThat(result.warnings().all()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("not written by this version"));
    }

    @Test
    void aFileModifiedAfterTheScanFailsNamingIt() throws Exception {
        Datasets.minimal(root);
        Dataset dataset = scan();
        Datasets.write(root, "data/a.csv", "id,label\n1,benign\n2,malignant\n3,added after the scan\n");

        DatasetException e = catchThrowableOfType(DatasetException.class,
                () -> compute(dataset, false, DigestAlgorithm.SHA256));

        assertThat(e.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("dataset.changed-during-read");
            assertThat(d.file()).isEqualTo("data/a.csv");
        });
    }

    @Test
    void aScanCanFeedThePipelineWhileItWalks() throws Exception {
        for (int i = 0; i < 50; i++) {
            Datasets.write(root, "d" + (i % 7) + "/f" + i + ".bin", ("x").repeat(i * 1000));
        }
        Datasets.write(root, "big.bin", new byte[(16 << 20) + 1]);
        FixityOptions options = new FixityOptions(List.of(DigestAlgorithm.SHA256), 2, Optional.empty(), false,
                ProgressListener.NONE, Duration.ofSeconds(5));

        FixityResult piped;
        try (FixityPipeline pipeline = checksummer.start(root, options)) {
            piped = pipeline.finish(new DatasetScanner().scan(ScanRequest.of(root), pipeline));
        }
        FixityResult separate = checksummer.compute(scan(), options);

        assertThat(piped.files()).isEqualTo(separate.files());
        assertThat(piped.stats().hashedFiles()).isEqualTo(51);
    }

    @Test
    void aFileTheScanDidNotHandOverIsStillHashed() throws Exception {
        Datasets.write(root, "a.txt", "abc");
        Dataset dataset = scan();
        FixityOptions options = FixityOptions.of(DigestAlgorithm.SHA256);

        FixityResult result;
        try (FixityPipeline pipeline = checksummer.start(root, options)) {
            result = pipeline.finish(dataset);
        }

        assertThat(result.files()).singleElement().satisfies(f -> assertThat(f.digest(DigestAlgorithm.SHA256)).isEqualTo(SHA256_ABC));
    }

    @Test
    void theCacheHoldsOnlyTheResultsFilesWhateverElseWasHandedIn() throws Exception {
        Datasets.write(root, "a.txt", "abc");
        Datasets.write(root, "b.txt", "def");
        age();
        Dataset dataset = scan();
        Path strayFile = Datasets.write(work, "stray.txt", "not the dataset's");
        DatasetFile stray = DatasetFile.of("stray.txt", work, Files.size(strayFile),
                Files.getLastModifiedTime(strayFile).to(java.util.concurrent.TimeUnit.NANOSECONDS), "");
        FixityOptions options = new FixityOptions(List.of(DigestAlgorithm.SHA256), 2, Optional.of(work.resolve("cache.tsv")),
                false, ProgressListener.NONE, Duration.ofSeconds(5));

        try (FixityPipeline pipeline = checksummer.start(root, options)) {
            pipeline.accept(stray);
            dataset.files().forEach(pipeline::accept);
            pipeline.finish(dataset);
        }

        assertThat(Files.readAllLines(work.resolve("cache.tsv")).subList(5, 7))
                .allSatisfy(line -> assertThat(line).doesNotContain("stray"))
                .hasSize(2);
        assertThat(Files.readAllLines(work.resolve("cache.tsv"))).hasSize(5 + 2 + 1);
    }

    /** Needs a user that file permissions apply to: root reads anything, so there it is skipped. */
    @Test
    void everyUnreadableFileIsReportedInTheSameRun() throws Exception {
        Datasets.minimal(root);
        Path first = Datasets.write(root, "data/locked-1.csv", "a");
        Path second = Datasets.write(root, "data/locked-2.csv", "b");
        Dataset dataset = scan();
        for (Path p : List.of(first, second)) {
            Files.setPosixFilePermissions(p, java.util.Set.of());
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(first), "this user reads any file (root)");

        DatasetException e = catchThrowableOfType(DatasetException.class, () -> compute(dataset, false, DigestAlgorithm.SHA256));

        assertThat(e.diagnostics().all()).extracting(d -> d.code() + " " + d.file() + ": " + d.message()).containsExactly(
                "dataset.unreadable data/locked-1.csv: cannot be hashed: permission denied",
                "dataset.unreadable data/locked-2.csv: cannot be hashed: permission denied");
        assertThat(work.resolve("cache.tsv")).doesNotExist();
    }

    @Test
    void closingAnUnfinishedPipelineStopsItsWorkers() throws Exception {
        Datasets.write(root, "a.txt", "abc");
        FixityPipeline pipeline = checksummer.start(root, FixityOptions.of(DigestAlgorithm.SHA256));
        pipeline.accept(scan().files().get(0));

        pipeline.close();

        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < deadline && checksumThreadsAlive()) {
            Thread.sleep(10);
        }
        assertThat(checksumThreadsAlive()).isFalse();
    }

    private static boolean checksumThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("datasetkit-checksum") && t.isAlive());
    }

    @Test
    void progressIsReportedOnTheConfiguredInterval() throws Exception {
        Datasets.write(root, "big.bin", new byte[8 << 20]);
        List<Long> reports = new java.util.concurrent.CopyOnWriteArrayList<>();
        FixityOptions options = new FixityOptions(List.of(DigestAlgorithm.SHA512, DigestAlgorithm.SHA256,
                DigestAlgorithm.SHA1, DigestAlgorithm.MD5), 1, Optional.empty(), false,
                (filesDone, filesTotal, bytesDone, bytesTotal, elapsed) -> reports.add(bytesTotal), Duration.ofNanos(1));

        checksummer.compute(scan(), options);

        assertThat(reports).isNotEmpty().allSatisfy(total -> assertThat(total).isEqualTo(8L << 20));
    }
}
