package org.datasetkit.core.diff;

import java.util.Locale;

/** How much a version must increase for a change, smallest first. */
public enum Bump {
    PATCH, MINOR, MAJOR;

    /** {@code major}, {@code minor} or {@code patch}; anything else is refused. */
    public static Bump parse(String value) {
        String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        for (Bump b : values()) {
            if (b.name().equals(v)) {
                return b;
            }
        }
        throw new IllegalArgumentException("must be major, minor or patch, not '" + value + "'");
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
