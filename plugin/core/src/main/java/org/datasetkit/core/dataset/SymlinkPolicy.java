package org.datasetkit.core.dataset;

import java.util.Locale;

/**
 * What to do with a symbolic link that points inside the dataset root. Links that leave the root are refused
 * whatever the policy: the bag would otherwise carry files the dataset does not own.
 */
public enum SymlinkPolicy {
    /** Bundle the target's content under the link's path. */
    FOLLOW,
    /** Fail the build naming the link. */
    REFUSE;

    public static SymlinkPolicy parse(String value) {
        for (SymlinkPolicy p : values()) {
            if (p.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("must be 'follow' or 'refuse', not '" + value + "'");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
