package org.datasetkit.core.build;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.datasetkit.core.bag.VerificationTier;
import org.datasetkit.core.diag.Vocabulary;

/**
 * Everything a build of one dataset is told by its front end, checked when it is made: a bad value is refused
 * before any file is read.
 *
 * @param location where the dataset is and what of it is payload
 * @param gates how the gates judge, and which the user turned off
 * @param fixity how to checksum
 * @param bundle how to write the bundle
 * @param threads threads for scanning, hashing and compressing
 * @param words how the front end's users name its settings and commands, for the hints
 * @param diff what to compare this release with
 * @param deposit where and how to deposit the verified bundle, when the front end asks for a deposit
 * @param copies what to compare the dataset with for copies
 * @param verifyTier how deeply to verify bags, or empty to choose per situation (see {@link DatasetBuild#verify()})
 */
public record BuildSettings(DatasetLocation location, GateSettings gates, FixitySettings fixity, BundleSettings bundle,
        int threads, Vocabulary words, DiffSettings diff, Optional<DepositSettings> deposit, CopySettings copies,
        Optional<VerificationTier> verifyTier) {

    /** More threads than this only cost memory: the work is bounded by the disks and the cores. */
    public static final int MAX_THREADS = 256;

    public BuildSettings {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(gates, "gates");
        Objects.requireNonNull(fixity, "fixity");
        Objects.requireNonNull(bundle, "bundle");
        threads = threads(threads);
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(deposit, "deposit");
        Objects.requireNonNull(copies, "copies");
        Objects.requireNonNull(verifyTier, "verifyTier");
    }

    /** The settings of a build that lets the verification's depth be chosen per situation. */
    public BuildSettings(DatasetLocation location, GateSettings gates, FixitySettings fixity, BundleSettings bundle,
            int threads, Vocabulary words, DiffSettings diff, Optional<DepositSettings> deposit, CopySettings copies) {
        this(location, gates, fixity, bundle, threads, words, diff, deposit, copies, Optional.empty());
    }

    /** The settings of a build whose copy check uses its defaults. */
    public BuildSettings(DatasetLocation location, GateSettings gates, FixitySettings fixity, BundleSettings bundle,
            int threads, Vocabulary words, DiffSettings diff, Optional<DepositSettings> deposit) {
        this(location, gates, fixity, bundle, threads, words, diff, deposit, CopySettings.defaults());
    }

    /** The settings of a build that deposits nothing. */
    public BuildSettings(DatasetLocation location, GateSettings gates, FixitySettings fixity, BundleSettings bundle,
            int threads, Vocabulary words, DiffSettings diff) {
        this(location, gates, fixity, bundle, threads, words, diff, Optional.empty());
    }

    /** The settings of a build that compares with no previous release and deposits nothing. */
    public BuildSettings(DatasetLocation location, GateSettings gates, FixitySettings fixity, BundleSettings bundle,
            int threads, Vocabulary words) {
        this(location, gates, fixity, bundle, threads, words, DiffSettings.none());
    }

    /** As above, with hints in plain words. */
    public BuildSettings(DatasetLocation location, GateSettings gates, FixitySettings fixity, BundleSettings bundle,
            int threads) {
        this(location, gates, fixity, bundle, threads, Vocabulary.NEUTRAL);
    }

    /** These settings, depositing the verified bundle as {@code settings} says. */
    public BuildSettings withDeposit(DepositSettings settings) {
        return new BuildSettings(location, gates, fixity, bundle, threads, words, diff, Optional.of(settings), copies,
                verifyTier);
    }

    /** These settings, comparing the dataset for copies as {@code settings} says. */
    public BuildSettings withCopies(CopySettings settings) {
        return new BuildSettings(location, gates, fixity, bundle, threads, words, diff, deposit, settings, verifyTier);
    }

    /** These settings, verifying bags as deeply as {@code tier} says (empty: chosen per situation). */
    public BuildSettings withVerifyTier(Optional<VerificationTier> tier) {
        return new BuildSettings(location, gates, fixity, bundle, threads, words, diff, deposit, copies, tier);
    }

    /** A thread count: 0 means one per processor; negative or absurdly large counts are refused. */
    public static int threads(int requested) {
        if (requested < 0) {
            throw new IllegalArgumentException("must be 0 (one per processor) or more, not " + requested);
        }
        if (requested > MAX_THREADS) {
            throw new IllegalArgumentException("must be at most " + MAX_THREADS + ", not " + requested);
        }
        return requested == 0 ? Runtime.getRuntime().availableProcessors() : requested;
    }

    /**
     * Everything the release stages up to the verification depend on, for a key that tells whether a goal would run
     * with the same settings as before (front ends add what they know beyond it).
     */
    public Object keyInputs() {
        return inputsOf(Stage.VERIFY);
    }

    /**
     * What a stage's result depends on: the settings of that stage and of every stage before it. Two requests with
     * the same inputs share the result.
     */
    Object inputsOf(Stage stage) {
        return switch (stage) {
            // validate also checks what the bundle will require of the datasheet: the profile's bag-info, the time
            case VALIDATE -> List.of(location, words, gates.severities(), gates.failOn(), bundle.bagitProfile(),
                    bundle.outputTimestamp(), bundle.sourceDateEpoch());
            case LICENSES -> List.of(inputsOf(Stage.VALIDATE), gates.licenseRegistry(), gates.isOn(Stage.LICENSES));
            case PRIVACY -> List.of(inputsOf(Stage.LICENSES), gates.privacyAllowlist(), gates.isOn(Stage.PRIVACY), threads,
                    fixity.force()); // forced, the gate reads every file again
            case FIXITY -> List.of(inputsOf(Stage.PRIVACY), fixity);
            case COPIES -> List.of(inputsOf(Stage.FIXITY), copies.key(), gates.isOn(Stage.COPIES));
            case DIFF -> List.of(inputsOf(Stage.COPIES), diff);
            case BUNDLE -> List.of(inputsOf(Stage.DIFF), bundle);
            case VERIFY -> List.of(inputsOf(Stage.BUNDLE), verifyTier, threads);
            case DEPOSIT -> List.of(inputsOf(Stage.VERIFY), deposit);
        };
    }
}
