package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Bags;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The zip reader of the verifier: our own bundles read as commons-compress reads them, and every malformed directory
 * refused with the archive and the offset named.
 */
class ZipCentralDirectoryTest {

    private static final String DECLARATION = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Compression.class, names = {"AUTO", "STORED"})
    void ourBundlesWithAwkwardNamesAreListedAsCommonsCompressListsThem(Compression compression) throws Exception {
        Path root = dir.resolve("awkward");
        Datasets.minimal(root);
        Datasets.write(root, "data/with space/100% done.csv", "a,b\n");
        Datasets.write(root, "data/Malmö/bröst_ö.txt", "nfc");
        Datasets.write(root, "data/Go\u0308teborg/nfd-only.txt", "nfd folder");
        Datasets.write(root, "data/empty.dat", new byte[0]);
        Path archive = dir.resolve("awkward.zip");
        Bags.zip(root, archive, compression);

        List<ZipCentralDirectory.Entry> ours;
        try (FileChannel channel = FileChannel.open(archive)) {
            ours = ZipCentralDirectory.read("awkward.zip", channel).entries();
        }
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            List<ZipArchiveEntry> theirs = Collections.list(zip.getEntriesInPhysicalOrder());
            assertThat(ours).hasSameSizeAs(theirs);
            for (int i = 0; i < ours.size(); i++) {
                ZipCentralDirectory.Entry e = ours.get(i);
                ZipArchiveEntry t = theirs.get(i);
                assertThat(List.of(e.name(), e.size(), e.compressedSize(), e.crc(), e.method(), e.directory()))
                        .isEqualTo(List.of(t.getName(), t.getSize(), t.getCompressedSize(), t.getCrc(), t.getMethod(),
                                t.isDirectory()));
            }
        }
        String bag = ours.get(0).name().substring(0, ours.get(0).name().indexOf('/') + 1);
        assertThat(ours).extracting(ZipCentralDirectory.Entry::name).contains(bag + "data/data/with space/100% done.csv",
                bag + "data/data/Malmö/bröst_ö.txt", bag + "data/data/Go\u0308teborg/nfd-only.txt");
        for (VerificationTier tier : VerificationTier.values()) {
            VerificationResult result = new BagVerifier().verify(archive, tier);
            assertThat(result.isValid()).as(tier + ": " + result.diagnostics()).isTrue();
            assertThat(result.payloadFiles()).isEqualTo(ours.stream()
                    .filter(e -> !e.directory() && e.name().startsWith(bag + "data/")).count());
        }
    }

    @Test
    void aZipCutShortHasNoEndRecord() throws Exception {
        byte[] good = good();
        assertRefused(Arrays.copyOf(good, good.length - 7), "no end of central directory record", good.length - 7);
    }

    @Test
    void aCommentLengthThatDoesNotReachTheEndIsNoEndRecord() throws Exception {
        assertRefused(mutated(end -> end.putShort(20, (short) 5)), "no end of central directory record", -1);
    }

    @Test
    void countsThatDisagreeAreRefused() throws Exception {
        int at = good().length - 22;
        assertRefused(mutated(end -> end.putShort(8, (short) 1)), "counts 1 entries on this disk but 3 in all", at);
        assertRefused(mutated(end -> end.putShort(8, (short) 4).putShort(10, (short) 4)),
                "counts 4 entries, more than 182 bytes of directory can hold", at);
        assertRefused(mutated(end -> end.putShort(8, (short) 2).putShort(10, (short) 2)),
                "goes on after the 2 entries", -1);
    }

    @Test
    void anotherDiskIsRefused() throws Exception {
        assertRefused(mutated(end -> end.putShort(4, (short) 1)), "spans several disks", good().length - 22);
    }

    @Test
    void aDirectoryOutsideTheArchiveIsRefused() throws Exception {
        int at = good().length - 22;
        assertRefused(mutated(end -> end.putInt(16, 1 << 30)), "does not lie inside the archive", at);
        assertRefused(mutated(end -> end.putInt(12, end.getInt(12) + 1)), "does not lie inside the archive", at);
    }

    @Test
    void aLocalHeaderOffsetPastTheEntriesIsRefused() throws Exception {
        byte[] zip = good();
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int central = b.getInt(zip.length - 22 + 16);
        b.putInt(central + 42, zip.length);
        assertRefused(zip, "has its local header at offset " + zip.length, central);
    }

    @Test
    void aNameThatIsNotUtf8IsRefused() throws Exception {
        byte[] zip = good();
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int central = b.getInt(zip.length - 22 + 16);
        zip[central + 46 + 2] = (byte) 0xFF; // "b/bagit.txt" becomes "b/\xFFagit.txt"
        assertRefused(zip, "name is not UTF-8", central);
    }

    @Test
    void aZip64EndRecordIsFollowedAndCheckedAgainstTheClassicOne() throws Exception {
        Path ok = write("zip64.zip", zip64(good(), 3));
        try (FileChannel channel = FileChannel.open(ok)) {
            assertThat(ZipCentralDirectory.read("zip64.zip", channel).entries()).hasSize(3);
        }
        assertThat(new BagVerifier().verify(ok).isValid()).isTrue();
        byte[] disagreeing = zip64(good(), 3);
        ByteBuffer.wrap(disagreeing).order(ByteOrder.LITTLE_ENDIAN).putShort(disagreeing.length - 22 + 10, (short) 2);
        assertRefused(disagreeing, "the Zip64 end record disagrees with the classic one (3 against 2)",
                disagreeing.length - 22 - 20 - 56);
        byte[] pointingOut = zip64(good(), 3);
        ByteBuffer.wrap(pointingOut).order(ByteOrder.LITTLE_ENDIAN).putLong(pointingOut.length - 22 - 20 + 8, 1L << 40);
        assertRefused(pointingOut, "the Zip64 locator points at offset " + (1L << 40), pointingOut.length - 22 - 20);
    }

    @Test
    void aLocalHeaderThatDisagreesIsRefusedWhenTheEntryIsRead() throws Exception {
        byte[] zip = good();
        int local = Collections.indexOfSubList(bytes(zip), bytes("b/data/a.txt".getBytes(StandardCharsets.UTF_8))) - 30;
        ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN).putInt(local + 22, 99); // its size in the local header
        Path bag = write("local.zip", zip);

        VerificationResult full = new BagVerifier().verify(bag, VerificationTier.FULL);
        assertThat(full.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bag.unreadable-entry");
            assertThat(d.message()).contains("local.zip", "'b/data/a.txt' disagrees with the central directory",
                    "at offset " + local);
        });
        // the fast tier reads no payload entry, so not its local header either
        assertThat(new BagVerifier().verify(bag, VerificationTier.FAST).isValid()).isTrue();
    }

    /** A valid three-entry bag zip (stored), with no comment. */
    private static byte[] good() throws Exception {
        byte[] content = "alpha\n".getBytes(StandardCharsets.UTF_8);
        String manifest = HandMadeBag.hex("sha256", content) + "  data/a.txt\n";
        Path tmp = Files.createTempFile("good", ".zip");
        try {
            new RawZip().stored("b/bagit.txt", DECLARATION).stored("b/manifest-sha256.txt", manifest)
                    .stored("b/data/a.txt", content).write(tmp);
            return Files.readAllBytes(tmp);
        } finally {
            Files.delete(tmp);
        }
    }

    /** The good zip with its end record changed. */
    private static byte[] mutated(Consumer<ByteBuffer> end) throws Exception {
        byte[] zip = good();
        end.accept(ByteBuffer.wrap(zip, zip.length - 22, 22).slice().order(ByteOrder.LITTLE_ENDIAN));
        return zip;
    }

    /** The zip with a Zip64 end record (counting {@code entries}) and locator, the classic fields maxed out. */
    private static byte[] zip64(byte[] zip, long entries) {
        ByteBuffer end = ByteBuffer.wrap(zip, zip.length - 22, 22).slice().order(ByteOrder.LITTLE_ENDIAN);
        long size = end.getInt(12) & 0xFFFFFFFFL;
        long offset = end.getInt(16) & 0xFFFFFFFFL;
        int recordAt = zip.length - 22;
        ByteBuffer out = ByteBuffer.allocate(zip.length + 56 + 20).order(ByteOrder.LITTLE_ENDIAN);
        out.put(zip, 0, recordAt);
        out.putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
                .putLong(entries).putLong(entries).putLong(size).putLong(offset);
        out.putInt(0x07064b50).putInt(0).putLong(recordAt).putInt(1);
        out.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) -1).putShort((short) -1)
                .putInt(-1).putInt(-1).putShort((short) 0);
        return out.array();
    }

    private void assertRefused(byte[] zip, String why, long offset) throws IOException {
        Path bag = write("bad-" + System.nanoTime() + ".zip", zip);
        try (FileChannel channel = FileChannel.open(bag)) {
            IOException e = catchThrowableOfType(() -> ZipCentralDirectory.read("bad.zip", channel), IOException.class);
            assertThat(e).as("refused").isNotNull();
            assertThat(e.getMessage()).contains("bad.zip is not a well-formed zip", why)
                    .contains(offset >= 0 ? "(at offset " + offset + ")" : "(at offset ");
        }
        List<Diagnostic> found = new BagVerifier().verify(bag, VerificationTier.FAST).diagnostics().all();
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bag.unreadable-archive");
            assertThat(d.message()).contains(why);
        });
    }

    private Path write(String name, byte[] zip) throws IOException {
        return Files.write(dir.resolve(name), zip);
    }

    private static List<Byte> bytes(byte[] array) {
        Byte[] boxed = new Byte[array.length];
        for (int i = 0; i < array.length; i++) {
            boxed[i] = array[i];
        }
        return Arrays.asList(boxed);
    }
}
