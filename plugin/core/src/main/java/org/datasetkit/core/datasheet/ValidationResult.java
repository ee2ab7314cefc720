package org.datasetkit.core.datasheet;

import java.util.Optional;
import org.datasetkit.core.diag.Diagnostics;

/**
 * The outcome of validating a datasheet.
 *
 * @param datasheet the validated datasheet, present when there are no errors
 * @param diagnostics every finding, in reading order
 * @param completeness how much of what the profiles ask for is filled in (when the document is well-formed)
 */
public record ValidationResult(Optional<Datasheet> datasheet, Diagnostics diagnostics, Optional<Completeness> completeness) {}
