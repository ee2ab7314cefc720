package org.datasetkit.core.datasheet;

import java.util.List;
import java.util.Optional;

/** What the data is for and what it must not be used for. */
public record Uses(Optional<LocalizedText> intended, Optional<LocalizedText> outOfScope,
        Optional<LocalizedText> limitations, Optional<LocalizedText> biases, Optional<LocalizedText> socialImpact,
        List<PriorUse> priorUses) {

    /** A publication that already used the data. */
    public record PriorUse(LocalizedText citation, Optional<String> doi) {}

    public Uses {
        priorUses = List.copyOf(priorUses);
    }
}
