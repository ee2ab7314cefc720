package org.datasetkit.core.datasheet;

import java.util.Optional;

/** A machine-readable condition of use, such as a GA4GH Data Use Ontology code; scheme is DUO, ODRL or other. */
public record UsageCondition(String scheme, String code, Optional<LocalizedText> label) {}
