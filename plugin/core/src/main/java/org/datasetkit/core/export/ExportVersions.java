package org.datasetkit.core.export;

import java.util.List;

/**
 * Which version of each standard the metadata is written in, and which of the optional documents are written,
 * checked when made.
 *
 * @param roCrate {@code 1.2} (default) or {@code 1.3}
 * @param dataCite {@code 4.6} (default) or {@code 4.7}
 * @param spdx whether the SPDX 3.0.1 dataset document is written (default yes)
 * @param cycloneDx whether the CycloneDX 1.6 dataset BOM is written (default yes)
 */
public record ExportVersions(String roCrate, String dataCite, boolean spdx, boolean cycloneDx) {

    public static final List<String> RO_CRATE = List.of("1.2", "1.3");
    public static final List<String> DATACITE = List.of("4.6", "4.7");

    public ExportVersions {
        roCrate = choose(roCrate, RO_CRATE, "RO-Crate");
        dataCite = choose(dataCite, DATACITE, "DataCite");
    }

    /** These versions, with the SPDX document and the CycloneDX BOM. */
    public ExportVersions(String roCrate, String dataCite) {
        this(roCrate, dataCite, true, true);
    }

    public static ExportVersions defaults() {
        return new ExportVersions(null, null);
    }

    /** The version asked for, or the default (the first) when none is; an unknown one is refused before any work. */
    private static String choose(String value, List<String> known, String standard) {
        if (value == null || value.isBlank()) {
            return known.get(0);
        }
        String v = value.trim();
        if (!known.contains(v)) {
            throw new IllegalArgumentException("must be one of the " + standard + " versions " + known + ", not '" + value + "'");
        }
        return v;
    }
}
