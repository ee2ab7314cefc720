package org.datasetkit.core.datasheet;

import java.util.Optional;

/** A program used to make the data (provenance activities, preprocessing). */
public record Software(String name, Optional<String> version, Optional<String> url) {}
