package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Bags;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two tiers: full reads every payload byte; fast checks everything but, and says that it did not read them. */
class VerificationTierTest {

    @TempDir
    Path root;

    @TempDir
    Path out;

    private Path folder;

    @BeforeEach
    void bag() throws Exception {
        Datasets.minimal(root);
        folder = out.resolve("bag");
        folder(root, folder);
    }

    private static void folder(Path dataset, Path target) throws Exception {
        Bags.write(new DirectoryBagWriter(), dataset, target, Compression.AUTO);
    }

    /** One payload byte changed in place: same size, so only its checksum can tell. */
    private void flipOneByteOf(String path) throws Exception {
        Path file = folder.resolve(path);
        byte[] bytes = Files.readAllBytes(file);
        bytes[0] ^= 1;
        Files.write(file, bytes);
    }

    private static List<String> codes(VerificationResult result) {
        return result.diagnostics().all().stream().map(Diagnostic::code).toList();
    }

    @Test
    void aChangedPayloadByteIsFoundByFullAndNotClaimedByFast() throws Exception {
        flipOneByteOf("data/data/a.csv");

        VerificationResult full = new BagVerifier().verify(folder, VerificationTier.FULL);
        VerificationResult fast = new BagVerifier().verify(folder, VerificationTier.FAST);

        assertThat(codes(full)).containsExactly("bag.checksum-mismatch");
        assertThat(full.contentsRead()).isTrue();
        // fast cannot see it, and its result must not pretend to have looked
        assertThat(fast.isValid()).isTrue();
        assertThat(fast.tier()).isEqualTo(VerificationTier.FAST);
        assertThat(fast.contentsRead()).isFalse();
        assertThat(VerificationTier.FAST.checks()).contains("no payload file read");
    }

    @Test
    void fastStillFindsWhatStructureSizesAndTagManifestsShow() throws Exception {
        Files.writeString(folder.resolve("data/data/a.csv"), "one byte longer than before, and then some");
        Files.writeString(folder.resolve("data/added.txt"), "not in any manifest");
        Files.writeString(folder.resolve("bag-info.txt"), Files.readString(folder.resolve("bag-info.txt")) + "X-Note: edited\n");

        VerificationResult fast = new BagVerifier().verify(folder, VerificationTier.FAST);

        assertThat(codes(fast)).contains("bag.unlisted-file", "bag.oxum-mismatch", "bag.tag-checksum-mismatch")
                .doesNotContain("bag.checksum-mismatch");
    }

    @Test
    void fullVerificationOnSeveralThreadsFindsEveryChangedFile() throws Exception {
        for (int i = 0; i < 40; i++) {
            Datasets.write(root, "data/many/f" + i + ".txt", "file " + i + "\n");
        }
        Path many = out.resolve("many.zip");
        Bags.zip(root, many, Compression.STORED);
        assertThat(new BagVerifier(VerificationLimits.DEFAULT, 4).verify(many).isValid()).isTrue();

        Path extracted = out.resolve("many");
        folder(root, extracted);
        for (int i = 0; i < 40; i += 7) {
            Files.writeString(extracted.resolve("data/data/many/f" + i + ".txt"), "FILE " + i + "\n");
        }
        VerificationResult result = new BagVerifier(VerificationLimits.DEFAULT, 4).verify(extracted);

        assertThat(result.diagnostics().all()).extracting(Diagnostic::file).containsExactlyInAnyOrder(
                "many/data/data/many/f0.txt", "many/data/data/many/f7.txt", "many/data/data/many/f14.txt", "many/data/data/many/f21.txt",
                "many/data/data/many/f28.txt", "many/data/data/many/f35.txt");
    }

    @Test
    void aTarIsReadOnceAndFastLeavesItsPayloadUnhashed() throws Exception {
        Path tar = out.resolve("bag.tar.gz");
        Bags.write(new TarBagWriter(), root, tar, Compression.AUTO);

        VerificationResult fast = new BagVerifier().verify(tar, VerificationTier.FAST);
        VerificationResult full = new BagVerifier().verify(tar, VerificationTier.FULL);

        assertThat(fast.isValid()).isTrue();
        assertThat(fast.payloadFiles()).isEqualTo(full.payloadFiles()).isEqualTo(4);
        assertThat(full.isValid()).isTrue();
    }

    @Test
    void theUsersChoiceIsAutoFastOrFull() {
        assertThat(VerificationTier.choice("auto")).isEmpty();
        assertThat(VerificationTier.choice(" FULL ")).isEqualTo(Optional.of(VerificationTier.FULL));
        assertThat(VerificationTier.choice("fast")).isEqualTo(Optional.of(VerificationTier.FAST));
        assertThatThrownBy(() -> VerificationTier.choice("quick")).hasMessage("must be auto, fast or full, not 'quick'");
    }
}
