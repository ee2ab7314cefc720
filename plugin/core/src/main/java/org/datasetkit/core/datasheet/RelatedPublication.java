package org.datasetkit.core.datasheet;

import java.util.Optional;

/**
 * A publication about or using the dataset.
 *
 * @param relation a DataCite relation type (IsDescribedBy, IsSupplementTo, ..., Other)
 */
public record RelatedPublication(Optional<String> doi, Optional<String> relation, LocalizedText citation) {}
