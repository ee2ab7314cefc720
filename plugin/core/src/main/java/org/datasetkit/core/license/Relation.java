package org.datasetkit.core.license;

import java.util.Locale;

/** How a dataset uses an upstream source; it decides which licence rules apply (DESIGN.md §8). */
public enum Relation {
    /** Verbatim or format-converted redistribution: the source's licence must be kept. */
    COPY,
    /** Sources kept distinct under their own terms, side by side. */
    COLLECT,
    /** Relabelled, merged or transformed content. */
    ADAPT,
    /** Identifiers or statistics only; no content shipped. */
    REFERENCE;

    public static Relation parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
