package org.datasetkit.core.datasheet;

import java.util.Optional;

/**
 * Who looks after the dataset and how.
 *
 * @param contact an e-mail or web address that reaches the maintainers
 * @param versionNotes what this release changes, in the maintainers' words (for the changelog)
 */
public record Maintenance(Agent maintainer, String contact, Optional<LocalizedText> updatePlan,
        Optional<LocalizedText> versioningPolicy, Optional<LocalizedText> retention,
        Optional<LocalizedText> oldVersionsPolicy, Optional<LocalizedText> contributionMechanism,
        Optional<String> erratumUrl, Optional<LocalizedText> versionNotes) {}
