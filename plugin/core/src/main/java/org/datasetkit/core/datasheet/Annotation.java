package org.datasetkit.core.datasheet;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How labels were made.
 *
 * @param perItem annotations per item, on average
 */
public record Annotation(Optional<LocalizedText> protocol, Optional<Annotators> annotators, Optional<BigDecimal> perItem,
        Optional<String> platform, Optional<LocalizedText> agreement) {

    /** @param type expert, crowd, automatic or mixed */
    public record Annotators(Optional<String> type, Optional<LocalizedText> expertise, Optional<Long> count) {}
}
