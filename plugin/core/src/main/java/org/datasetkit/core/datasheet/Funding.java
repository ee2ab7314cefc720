package org.datasetkit.core.datasheet;

import java.util.Optional;

/** Who paid for the data to be made; {@code funderId} is a ROR or Crossref Funder ID. */
public record Funding(String funderName, Optional<String> funderId, Optional<String> awardNumber,
        Optional<String> awardTitle) {}
