package org.datasetkit.core.license;

/** How a declared licence stands to an upstream source, best first. */
public enum Verdict {
    COMPATIBLE,
    COMPATIBLE_WITH_OBLIGATIONS,
    REVIEW,
    INCOMPATIBLE;

    public Verdict worst(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isAcceptable() {
        return this == COMPATIBLE || this == COMPATIBLE_WITH_OBLIGATIONS;
    }
}
