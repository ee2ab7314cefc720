package org.datasetkit.core.diag;

import java.util.Locale;

/** How much a finding matters: errors fail the build, warnings fail it only under {@code failOn=warning}. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** Lower-case label as printed in compiler-style lines ({@code error}, {@code warning}, {@code info}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
