package org.datasetkit.core.build;

/**
 * The stages of a release build, in the only order they run. Asking for a stage runs (or reuses) every stage before
 * it, so nothing reaches the bundle without passing the gates.
 */
public enum Stage {
    /** The datasheet: strict reading, schema, semantic rules, profiles, and what later stages will require of it. */
    VALIDATE("the datasheet check", true, "The datasheet is not valid"),
    /** The dataset's licence against every upstream source. */
    LICENSES("the licence check", true, "The licences are not in order"),
    /** The files against what the datasheet declares about personal data. */
    PRIVACY("the privacy gate", true, "The files contradict the datasheet's personalData declaration"),
    /** The checksums of every payload file. */
    FIXITY("the checksums", false, "The checksums could not be made"),
    /** The fingerprints, compared with the declared sources, known datasets, and within the dataset and its splits. */
    COPIES("the copy check", true, "The dataset holds undeclared copies or copies across its splits"),
    /** This release against the previous one: what changed, and whether the version says so. */
    DIFF("the version check", false, "The version does not say what changed"),
    /** The BagIt bag, written. */
    BUNDLE("the bundle", false, "The bundle could not be written"),
    /** The bag, re-opened and proven complete and valid. */
    VERIFY("the bundle's verification", false, "The bag is not valid"),
    /** The verified bundle, delivered to a repository (or only planned, in a dry run). */
    DEPOSIT("the deposit", false, "The deposit did not complete");

    private final String words;
    private final boolean gate;
    private final String refusal;

    Stage(String words, boolean gate, String refusal) {
        this.words = words;
        this.gate = gate;
        this.refusal = refusal;
    }

    /** What it means when this stage refuses: "The datasheet is not valid". */
    public String refusal() {
        return refusal;
    }

    /** Whether this stage refuses a release (and so may only be turned off by the user, on the record). */
    public boolean isGate() {
        return gate;
    }

    /** The stage in a sentence: "the privacy gate". */
    public String words() {
        return words;
    }

    /** Every stage up to and including this one. */
    public boolean includes(Stage earlier) {
        return earlier.ordinal() <= ordinal();
    }
}
