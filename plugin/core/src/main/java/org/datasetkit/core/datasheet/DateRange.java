package org.datasetkit.core.datasheet;

import java.util.Optional;

/** A period ({@code YYYY-MM-DD} dates); either end may be open. */
public record DateRange(Optional<String> start, Optional<String> end) {}
