package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.datasetkit.core.support.Bags;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One payload file over 4 GiB, deflated (raw entries from the worker threads) and stored (streamed): the zip needs
 * ZIP64 sizes for the entry, and both our verifier and the JDK's own zip reader must see the whole file. A sparse
 * file keeps it cheap on disk, but it still reads and writes gigabytes, so it runs on demand:
 * {@code mvn -pl plugin/core test -Dtest=LargeEntryTest -Ddataset.largeTests=true}.
 */
@EnabledIfSystemProperty(named = "dataset.largeTests", matches = "true")
class LargeEntryTest {

    private static final long SIZE = (4L << 30) + 12_345;

    @TempDir
    Path root;

    @TempDir
    Path out;

    @ParameterizedTest
    @EnumSource(Compression.class)
    void aFileOverFourGibibytesIsBundledWithZip64AndVerifies(Compression compression) throws Exception {
        Datasets.minimal(root);
        try (RandomAccessFile sparse = new RandomAccessFile(root.resolve("data.bin").toFile(), "rw")) {
            sparse.setLength(SIZE);
        }
        Path archive = out.resolve("large.zip");

        Bags.zip(root, archive, compression);

        try (java.util.zip.ZipFile jdk = new java.util.zip.ZipFile(archive.toFile())) {
            java.util.zip.ZipEntry entry = jdk.getEntry("test-bag-1.0.0/data/data.bin");
            assertThat(entry.getSize()).isEqualTo(SIZE);
            assertThat(entry.getMethod()).isEqualTo(compression == Compression.STORED ? java.util.zip.ZipEntry.STORED
                    : java.util.zip.ZipEntry.DEFLATED);
        }
        VerificationResult result = new BagVerifier().verify(archive);
        assertThat(result.isValid()).as(result.toString()).isTrue();
    }
}
