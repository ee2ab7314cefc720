package org.datasetkit.core.fixity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The payload manifests a checksum run keeps next to its cache: always the run's checksums, rewritten only when their
 * bytes change, and not rendered at all when the dataset is unchanged and the cache recorded them as they are.
 */
class PayloadManifestsTest {

    private static final List<DigestAlgorithm> BOTH = List.of(DigestAlgorithm.SHA256, DigestAlgorithm.MD5);

    @TempDir
    Path root;

    @TempDir
    Path work;

    private Path sha256;
    private Path cache;

    @BeforeEach
    void dataset() throws Exception {
        Datasets.minimal(root);
        try (var files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                age(p);
            }
        }
        Thread.sleep(50); // back-dating moved the change times, which cannot be back-dated: let them age past the window
        sha256 = work.resolve("manifest-sha256.txt");
        cache = work.resolve("cache.tsv");
    }

    private FixityResult run() throws Exception {
        FixityOptions options = new FixityOptions(BOTH, 2, Optional.of(cache), false, ProgressListener.NONE,
                Duration.ofSeconds(5), Optional.of(work));
        try (FixityPipeline pipeline = new Checksummer().start(root, options)) {
            return pipeline.finish(new DatasetScanner().scan(ScanRequest.of(root), pipeline));
        }
    }

    /** Back-dates a file beyond the two seconds in which a time stamp cannot tell a later change apart. */
    private static void age(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    }

    /** Overwrites a file in place with other bytes of the same length, and puts its time stamp back. */
    private static void tamperKeepingSizeAndTime(Path file) throws Exception {
        FileTime time = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[0] = (byte) (bytes[0] == '0' ? '1' : '0');
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, time);
    }

    @Test
    void aRunWritesTheManifestOfEveryAlgorithm() throws Exception {
        FixityResult result = run();

        assertThat(sha256).hasBinaryContent(ManifestWriter.payloadManifest(result, DigestAlgorithm.SHA256));
        assertThat(work.resolve("manifest-md5.txt")).hasBinaryContent(ManifestWriter.payloadManifest(result, DigestAlgorithm.MD5));
    }

    @Test
    void theManifestOfAnAlgorithmNoLongerAskedForIsRemoved() throws Exception {
        run();
        FixityOptions sha256Only = new FixityOptions(List.of(DigestAlgorithm.SHA256), 2, Optional.of(cache), false,
                ProgressListener.NONE, Duration.ofSeconds(5), Optional.of(work));
        FixityResult result = new Checksummer().compute(new DatasetScanner().scan(ScanRequest.of(root)), sha256Only);

        assertThat(work.resolve("manifest-md5.txt")).doesNotExist();
        assertThat(sha256).hasBinaryContent(ManifestWriter.payloadManifest(result, DigestAlgorithm.SHA256));
    }

    @Test
    void aManifestRemovedOrEditedIsWrittenAgainThoughTheDatasetIsUnchanged() throws Exception {
        byte[] expected = ManifestWriter.payloadManifest(run(), DigestAlgorithm.SHA256);
        Files.delete(sha256);
        FixityResult second = run();
        Files.writeString(sha256, "edited\n");
        FixityResult third = run();

        assertThat(second.stats().hashedFiles()).isZero();
        assertThat(third.stats().hashedFiles()).isZero();
        assertThat(sha256).hasBinaryContent(expected);
    }

    @Test
    void aManifestWrittenMomentsBeforeItWasRecordedIsCheckedAgain() throws Exception {
        byte[] expected = ManifestWriter.payloadManifest(run(), DigestAlgorithm.SHA256);
        // The first run recorded the manifest it had just written: an edit in the same tick would keep its stamp.
        tamperKeepingSizeAndTime(sha256);

        run();

        assertThat(sha256).hasBinaryContent(expected);
    }

    @Test
    void anUnchangedDatasetLeavesRecordedManifestsUnrenderedAndTheCacheAsItIs() throws Exception {
        byte[] expected = ManifestWriter.payloadManifest(run(), DigestAlgorithm.SHA256);
        age(sha256);
        age(work.resolve("manifest-md5.txt"));
        run(); // finds them current and, their time stamps now old enough, records them in the cache
        byte[] recorded = Files.readAllBytes(cache);
        assertThat(new String(recorded, StandardCharsets.UTF_8)).contains("\nmanifests manifest-sha256.txt\t");

        tamperKeepingSizeAndTime(sha256);
        FixityResult unchanged = run();

        // Proof that nothing was rendered: an edit that keeps size, time and identity is not seen, exactly as for a
        // payload file. The cache was not rewritten either.
        assertThat(unchanged.stats().hashedFiles()).isZero();
        assertThat(sha256).content().isNotEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(cache).hasBinaryContent(recorded);

        // Any change to the dataset renders them again.
        Datasets.write(root, "data/c.csv", "id\n3\n");
        age(root.resolve("data/c.csv"));
        FixityResult changed = run();
        assertThat(sha256).hasBinaryContent(ManifestWriter.payloadManifest(changed, DigestAlgorithm.SHA256));
    }

    @Test
    void noManifestsAreWrittenUnlessAsked() throws Exception {
        FixityOptions options = new FixityOptions(BOTH, 2, Optional.of(cache), false, ProgressListener.NONE,
                Duration.ofSeconds(5));
        new Checksummer().compute(new DatasetScanner().scan(ScanRequest.of(root)), options);

        try (var files = Files.list(work)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("cache.tsv");
        }
    }
}
