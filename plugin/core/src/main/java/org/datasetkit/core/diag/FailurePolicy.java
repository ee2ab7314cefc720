package org.datasetkit.core.diag;

import java.util.Locale;

/** The lowest severity that fails the build (the front end names the setting). */
public enum FailurePolicy {
    ERROR,
    WARNING;

    /** Parses {@code error} or {@code warning}, case-insensitively. */
    public static FailurePolicy parse(String value) {
        for (FailurePolicy policy : values()) {
            if (policy.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return policy;
            }
        }
        throw new IllegalArgumentException("must be 'error' or 'warning', not '" + value + "'");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
