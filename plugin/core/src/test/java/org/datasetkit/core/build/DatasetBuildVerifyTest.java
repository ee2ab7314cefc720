package org.datasetkit.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.bag.BagWriteResult;
import org.datasetkit.core.bag.Compression;
import org.datasetkit.core.bag.VerificationResult;
import org.datasetkit.core.bag.VerificationTier;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How deeply the build verifies a bag, per situation: its own bundle just written, or kept and untouched, is not read
 * again (fast); a bundle changed since, and any other bag, is read whole (full); the user's choice overrides.
 */
class DatasetBuildVerifyTest {

    private static final String MARKER = "2,malignant";

    @TempDir
    Path root;

    private final DatasetBuildTest.Recorder recorder = new DatasetBuildTest.Recorder();

    @BeforeEach
    void dataset() {
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET);
        Datasets.write(root, "data/labels.csv", "id,label\n1,benign\n" + MARKER + "\n");
    }

    /** A build of its own (a new cache: another Maven run), bundling a stored zip so payload bytes can be found in it. */
    private DatasetBuild newBuild(Optional<VerificationTier> asked) {
        DatasetLocation where = new DatasetLocation(root, Optional.empty(), root.resolve("target"), List.of(),
                List.of("target"), SymlinkPolicy.FOLLOW, Optional.of("1.0.0"));
        BundleSettings stored = new BundleSettings(Optional.empty(), Optional.empty(), "zip", Compression.STORED,
                Optional.empty(), Optional.empty(), Optional.empty());
        BuildSettings settings = new BuildSettings(where, GateSettings.defaults(), FixitySettings.defaults(), stored, 2)
                .withVerifyTier(asked);
        return new DatasetBuild(settings, new StageCache(), recorder);
    }

    private DatasetBuild newBuild() {
        return newBuild(Optional.empty());
    }

    private String verifyLine() {
        return recorder.lines.stream().filter(l -> l.startsWith("info Bag ")).reduce((a, b) -> b).orElseThrow();
    }

    /** One byte of a payload file changed inside the archive, in place: same size, new modification time. */
    private static void flipAPayloadByteIn(Path archive) throws Exception {
        byte[] zip = Files.readAllBytes(archive);
        String text = new String(zip, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(MARKER);
        assertThat(text.indexOf(MARKER, at + 1)).as("the marker is stored once").isNegative();
        zip[at] ^= 1;
        Files.write(archive, zip);
    }

    @Test
    void aBundleThisBuildHasJustWrittenIsCheckedFastAndTheLogSaysWhy() throws Exception {
        VerificationResult result = newBuild().verify();

        assertThat(result.tier()).isEqualTo(VerificationTier.FAST);
        assertThat(verifyLine()).contains(" is complete: ").doesNotContain("valid")
                .endsWith("(fast: structure, completeness, Payload-Oxum and sizes; no payload file read; written by this"
                        + " build: every payload byte was hashed as it was written and compared with its manifest)");
    }

    @Test
    void aKeptBundleWhoseStampStillMatchesIsCheckedFast() throws Exception {
        newBuild().verify();
        DatasetBuild next = newBuild();

        assertThat(next.bundle().kept()).isTrue();
        VerificationResult result = next.verify();

        assertThat(result.tier()).isEqualTo(VerificationTier.FAST);
        assertThat(verifyLine()).contains("no payload file read; kept from an earlier build and untouched since");
    }

    @Test
    void aKeptBundleChangedSinceItsStampIsVerifiedInFullAndTheChangeFound() throws Exception {
        newBuild().verify();
        DatasetBuild next = newBuild();
        BagWriteResult kept = next.bundle();
        assertThat(kept.kept()).isTrue();

        flipAPayloadByteIn(kept.archive());
        StageRefusedException refused = catchThrowableOfType(StageRefusedException.class, next::verify);

        assertThat(refused.stage()).isEqualTo(Stage.VERIFY);
        assertThat(recorder.lines).contains("VERIFY error bag.checksum-mismatch");
    }

    @Test
    void anyOtherBagIsVerifiedInFull() throws Exception {
        Path written = newBuild().bundle().archive();
        Path other = Files.copy(written, root.resolve("target/copy.zip"));

        VerificationResult result = newBuild().verify(other);

        assertThat(result.tier()).isEqualTo(VerificationTier.FULL);
        assertThat(verifyLine()).contains(" is complete and valid: ")
                .endsWith(" checked (full: every checksum; a bag this build did not write)");
        flipAPayloadByteIn(other);
        catchThrowableOfType(StageRefusedException.class, () -> newBuild().verify(other));
        assertThat(recorder.lines).contains("VERIFY error bag.checksum-mismatch");
    }

    @Test
    void theUsersChoiceOverridesTheSituation() throws Exception {
        VerificationResult own = newBuild(Optional.of(VerificationTier.FULL)).verify();
        assertThat(own.tier()).isEqualTo(VerificationTier.FULL);
        assertThat(verifyLine()).endsWith("(full: every checksum; as the verification tier setting asks)");

        Path other = Files.copy(own.bag(), root.resolve("target/copy.zip"));
        VerificationResult foreign = newBuild(Optional.of(VerificationTier.FAST)).verify(other);
        assertThat(foreign.tier()).isEqualTo(VerificationTier.FAST);
        assertThat(verifyLine()).contains("no payload file read; as the verification tier setting asks");
    }

    @Test
    void anIncrementalBundleIsVerifiedInFullSoItsFetchedFilesAreReadFromThePreviousRelease() {
        BagWriteResult written = new BagWriteResult(root.resolve("target/x-2.0.0.zip"), 3, 30, 300, java.time.Duration.ZERO);
        var words = org.datasetkit.core.diag.Vocabulary.NEUTRAL;

        assertThat(VerifyStage.forOwnBundle(Optional.empty(), words, written, Optional.of(true), true).tier())
                .isEqualTo(VerificationTier.FULL);
        assertThat(VerifyStage.forOwnBundle(Optional.empty(), words, written, Optional.of(true), false).tier())
                .isEqualTo(VerificationTier.FAST);
        assertThat(VerifyStage.forOwnBundle(Optional.of(VerificationTier.FAST), words, written, Optional.of(true), true)
                .tier()).isEqualTo(VerificationTier.FAST);
    }
}
