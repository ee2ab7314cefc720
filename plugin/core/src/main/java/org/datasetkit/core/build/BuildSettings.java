package org.datasetkit.core.build;

import java.util.List;
import java.util.Objects;
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
 * @param copies what to compare the dataset with for copies
 */
public record BuildSettings(DatasetLocation location, GateSettings gates, FixitySettings fixity, BundleSettings bundle,
        int threads, Vocabulary words, CopySettings copies) {

    /** More threads than this only cost memory: the work is bounded by the disks and the cores. */
    public static final int MAX_THREADS = 256;

    public BuildSettings {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(gates, "gates");
        Objects.requireNonNull(fixity, "fixity");
        Objects.requireNonNull(bundle, "bundle");
        threads = threads(threads);
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(copies, "copies");
    }

    /** Settings with the copy check's defaults. */
    public BuildSettings(DatasetLocation location, GateSettings gates, FixitySettings fixity, BundleSettings bundle,
            int threads, Vocabulary words) {
        this(location, gates, fixity, bundle, threads, words, CopySettings.defaults());
    }

    /** Settings whose hints use plain words. */
    public BuildSettings(DatasetLocation location, GateSettings gates, FixitySettings fixity, BundleSettings bundle,
            int threads) {
        this(location, gates, fixity, bundle, threads, Vocabulary.NEUTRAL);
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
     * What a stage's result depends on: the settings of that stage and of every stage before it. Two requests with
     * the same inputs share the result.
     */
    Object inputsOf(Stage stage) {
        return switch (stage) {
            // validate also checks what the bundle will require of the datasheet: the profile's bag-info, the time
            case VALIDATE -> List.of(location, words, gates.severities(), gates.failOn(), bundle.bagitProfile(),
                    bundle.outputTimestamp(), bundle.sourceDateEpoch());
            case LICENSES -> List.of(inputsOf(Stage.VALIDATE), gates.licenseRegistry(), gates.isOn(Stage.LICENSES));
            case PRIVACY -> List.of(inputsOf(Stage.LICENSES), gates.privacyAllowlist(), gates.isOn(Stage.PRIVACY), threads);
            case FIXITY -> List.of(inputsOf(Stage.PRIVACY), fixity);
            case COPIES -> List.of(inputsOf(Stage.FIXITY), copies, gates.isOn(Stage.COPIES));
            case BUNDLE, VERIFY -> List.of(inputsOf(Stage.COPIES), bundle);
        };
    }
}
