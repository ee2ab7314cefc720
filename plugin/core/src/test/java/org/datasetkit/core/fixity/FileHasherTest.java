package org.datasetkit.core.fixity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose change time is older than the read is hashed with one look after it; one changed just before is read
 * again, its change time taken on both sides. Either way the checksum, the bytes counted and the change time recorded
 * are the file's.
 */
class FileHasherTest {

    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path root;

    private static DatasetFile scanned(Path root, String name) throws Exception {
        Path file = root.resolve(name);
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return DatasetFile.of(name, root, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), "");
    }

    @Test
    void aFileUnchangedForAWhileIsHashedWithOneLook() throws Exception {
        Datasets.write(root, "abc.txt", "abc");
        Thread.sleep(50); // past the file system's clock tick: its change time now predates any read
        AtomicLong bytes = new AtomicLong();

        FileFixity hashed = new FileHasher(List.of(DigestAlgorithm.SHA256)).hash(scanned(root, "abc.txt"), bytes);

        assertThat(hashed.digest(DigestAlgorithm.SHA256)).isEqualTo(SHA256_ABC);
        assertThat(bytes).hasValue(3);
        assertThat(hashed.changeTime()).isEqualTo(ChangeTime.of(root.resolve("abc.txt")));
    }

    @Test
    void aFileChangedJustBeforeTheReadIsReadAgainAndCountedOnce() throws Exception {
        FileHasher hasher = new FileHasher(List.of(DigestAlgorithm.SHA256));
        AtomicLong bytes = new AtomicLong();
        for (int i = 0; i < 3; i++) { // the same hasher, file after file: nothing of one read stays in the digest
            Datasets.write(root, "abc.txt", "abc");

            FileFixity hashed = hasher.hash(scanned(root, "abc.txt"), bytes);

            assertThat(hashed.digest(DigestAlgorithm.SHA256)).isEqualTo(SHA256_ABC);
            assertThat(bytes).hasValue(3L * (i + 1));
            assertThat(hashed.changeTime()).isEqualTo(ChangeTime.of(root.resolve("abc.txt")));
        }
    }
}
