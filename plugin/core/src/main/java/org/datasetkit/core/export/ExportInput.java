package org.datasetkit.core.export;

import java.time.Instant;
import java.util.Objects;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.license.LicenseCheckResult;

/**
 * What every exporter reads: the validated datasheet, the payload with its checksums, the licence check, and the
 * release time. All of it immutable; no exporter reads the data again (only the header of CSV/TSV tables, for
 * Croissant's RecordSets).
 *
 * @param datasheet the validated datasheet
 * @param fixity the dataset's files and checksums
 * @param licences the licence check (its NOTICE, the declared licence)
 * @param released the bundle's fixed time
 * @param versions which RO-Crate and DataCite versions to write
 */
public record ExportInput(Datasheet datasheet, FixityResult fixity, LicenseCheckResult licences, Instant released,
        ExportVersions versions) {

    public ExportInput {
        Objects.requireNonNull(versions, "versions");
    }

    /** With the default versions (RO-Crate 1.2, DataCite 4.6). */
    public ExportInput(Datasheet datasheet, FixityResult fixity, LicenseCheckResult licences, Instant released) {
        this(datasheet, fixity, licences, released, ExportVersions.defaults());
    }
}
