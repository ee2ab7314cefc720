package org.datasetkit.core.datasheet;

import java.util.Optional;

/** A subject classification: a code in a scheme (SCB, FORD, MeSH, ...), with its label if given. */
public record Subject(String scheme, String code, Optional<LocalizedText> label) {}
