package org.datasetkit.core.export;

import java.time.Instant;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.license.LicenseCheckResult;

/**
 * What every exporter reads: the validated datasheet, the payload with its checksums, the licence check, and the
 * release time. All of it immutable; no exporter reads the data again.
 *
 * @param datasheet the validated datasheet
 * @param fixity the dataset's files and checksums
 * @param licences the licence check (its NOTICE, the declared licence)
 * @param released the bundle's fixed time
 */
public record ExportInput(Datasheet datasheet, FixityResult fixity, LicenseCheckResult licences, Instant released) {}
