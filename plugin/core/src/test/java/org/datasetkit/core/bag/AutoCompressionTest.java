package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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

/**
 * Auto compression stores what deflate would not shrink by 1/32: random data told by the probe, data deflate tried
 * and barely shrank, empty and tiny files; and still deflates text and high-entropy data that repeats. The archive
 * is the same bytes whatever the thread count, and other readers (commons-compress, the JDK, bagit-java) read the
 * mixed archive.
 */
class AutoCompressionTest {

    private static final String DATA = "test-bag-1.0.0/data/data/";
    private static final int SAMPLE = ShrinkProbe.SAMPLE;

    @TempDir
    Path root;

    @TempDir
    Path out;

    private final Random random = new Random(2026);

    private byte[] random(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** Byte values drawn from 230 of the 256: deflate saves about 1.4%, the frequencies promise 2%. */
    private byte[] barelyCompressible(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) random.nextInt(230);
        }
        return b;
    }

    private byte[] repeatedBlock(int n) {
        byte[] block = random(4096);
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = block[i % block.length];
        }
        return b;
    }

    private static byte[] text(int n) {
        byte[] line = "id,label,value\n1,benign,0.25\n".getBytes(StandardCharsets.US_ASCII);
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = line[i % line.length];
        }
        return b;
    }

    /** Each file and the method it must get. */
    private Map<String, Integer> mixedDataset() {
        Datasets.minimal(root);
        Map<String, Integer> expected = new TreeMap<>();
        put(expected, "random.bin", random(40_000), ZipEntry.STORED);
        put(expected, "random-sample.bin", random(SAMPLE), ZipEntry.STORED);
        put(expected, "random-sample-plus-one.bin", random(SAMPLE + 1), ZipEntry.STORED);
        put(expected, "random-large.bin", random(DeflateAhead.IN_MEMORY + 1), ZipEntry.STORED);
        put(expected, "barely.bin", barelyCompressible(50_000), ZipEntry.STORED);
        put(expected, "barely-large.bin", barelyCompressible(DeflateAhead.IN_MEMORY + 1), ZipEntry.STORED);
        put(expected, "empty.dat", new byte[0], ZipEntry.STORED);
        put(expected, "one-byte.txt", new byte[] {'x'}, ZipEntry.STORED);
        put(expected, "repeated-block.bin", repeatedBlock(SAMPLE), ZipEntry.DEFLATED);
        put(expected, "repeated-block-large.bin", repeatedBlock(DeflateAhead.IN_MEMORY + 1), ZipEntry.DEFLATED);
        put(expected, "text-sample.csv", text(SAMPLE), ZipEntry.DEFLATED);
        put(expected, "text-sample-plus-one.csv", text(SAMPLE + 1), ZipEntry.DEFLATED);
        put(expected, "text-large.csv", text(DeflateAhead.IN_MEMORY + 1), ZipEntry.DEFLATED);
        put(expected, "short.csv", "a,b\n".repeat(40).getBytes(StandardCharsets.US_ASCII), ZipEntry.DEFLATED);
        return expected;
    }

    private void put(Map<String, Integer> expected, String name, byte[] content, int method) {
        Datasets.write(root, "data/" + name, content);
        expected.put(name, method);
    }

    @Test
    void whatDeflateWouldNotShrinkIsStoredAndTheRestDeflated() throws Exception {
        Map<String, Integer> expected = mixedDataset();
        Path archive = out.resolve("auto.zip");

        Bags.zip(root, archive, Compression.AUTO);

        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            for (Map.Entry<String, Integer> e : expected.entrySet()) {
                ZipArchiveEntry entry = zip.getEntry(DATA + e.getKey());
                assertThat(entry.getMethod()).as(e.getKey()).isEqualTo(e.getValue());
                if (entry.getMethod() == ZipEntry.DEFLATED) {
                    assertThat(entry.getCompressedSize() * Compression.SAVING).as(e.getKey())
                            .isLessThanOrEqualTo(entry.getSize() * (Compression.SAVING - 1));
                }
                assertThat(zip.getInputStream(entry).readAllBytes()).as(e.getKey())
                        .isEqualTo(Files.readAllBytes(root.resolve("data/" + e.getKey())));
            }
        }
        try (java.util.zip.ZipFile jdk = new java.util.zip.ZipFile(archive.toFile())) {
            for (String name : expected.keySet()) {
                assertThat(jdk.getInputStream(jdk.getEntry(DATA + name)).readAllBytes()).as(name)
                        .isEqualTo(Files.readAllBytes(root.resolve("data/" + name)));
            }
        }
        VerificationResult result = new BagVerifier().verify(archive);
        assertThat(result.isValid()).as(result.toString()).isTrue();
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no scratch left").containsExactly("auto.zip");
        }
    }

    @Test
    void theLibraryOfCongressVerifierAcceptsTheMixedBag() throws Exception {
        Map<String, Integer> expected = mixedDataset();
        Path archive = out.resolve("auto.zip");
        Bags.zip(root, archive, Compression.AUTO);
        Path extracted = ZipBagWriterTest.extract(archive, out.resolve("extracted"));

        Bag bag = new BagReader().read(extracted.resolve("test-bag-1.0.0"));
        try (gov.loc.repository.bagit.verify.BagVerifier verifier = new gov.loc.repository.bagit.verify.BagVerifier()) {
            verifier.isValid(bag, false);
        }

        assertThat(bag.getPayLoadManifests().iterator().next().getFileToChecksumMap())
                .containsKey(extracted.resolve("test-bag-1.0.0/data/data/random.bin"))
                .hasSize(expected.size() + 4); // with the minimal dataset's datasheet, CSV, image and README
    }

    @Test
    void theDecisionsAndTheArchiveAreTheSameWithOneThreadOrThree() throws Exception {
        mixedDataset();
        FixityResult fixity = Bags.fixity(root, DigestAlgorithm.SHA256);
        BagInfo info = new BagInfo(List.of());
        Path one = out.resolve("one.zip");
        Path three = out.resolve("three.zip");

        new ZipBagWriter(1).write(new BagRequest("b", one, fixity, List.of(), info, List.of(), Bags.TIME, Compression.AUTO));
        new ZipBagWriter(3).write(new BagRequest("b", three, fixity, List.of(), info, List.of(), Bags.TIME, Compression.AUTO));

        assertThat(sha256(three)).isEqualTo(sha256(one));
    }

    /** Stored entries read ahead are checked against the manifest like any other: an edit keeping size and time fails. */
    @Test
    void aStoredRandomFileEditedAfterItsChecksumIsRefused() throws Exception {
        Datasets.minimal(root);
        Path file = Datasets.write(root, "data/random.bin", random(40_000));
        FixityResult fixity = Bags.fixity(root, DigestAlgorithm.SHA256);
        byte[] edited = Files.readAllBytes(file);
        edited[123] ^= 1;
        var time = Files.getLastModifiedTime(file);
        Files.write(file, edited);
        Files.setLastModifiedTime(file, time);

        DatasetException e = catchThrowableOfType(DatasetException.class, () -> new ZipBagWriter(2).write(new BagRequest("b",
                out.resolve("b.zip"), fixity, List.of(), new BagInfo(List.of()), List.of(), Bags.TIME, Compression.AUTO)));

        assertThat(e.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bundle.content-changed");
            assertThat(d.file()).isEqualTo("data/random.bin");
        });
        try (var left = Files.list(out)) {
            assertThat(left).as("no archive, no scratch").isEmpty();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
