package org.datasetkit.core.datasheet;

import java.util.List;
import java.util.Optional;

/**
 * Where and how the dataset is distributed.
 *
 * @param status completed or withdrawn (SND's Dataset-Status)
 */
public record Distribution(Optional<String> canonicalUrl, Optional<LocalizedText> redistributionPolicy,
        List<Mirror> mirrors, Optional<String> status) {

    /** @param relation IsIdenticalTo or IsVariantFormOf */
    public record Mirror(Optional<String> platform, String url, Optional<String> relation) {}

    public Distribution {
        mirrors = List.copyOf(mirrors);
    }
}
