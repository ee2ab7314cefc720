package org.datasetkit.core.datasheet;

import java.util.List;
import java.util.Optional;

/**
 * A person or organisation who made or maintains the dataset ({@code creators}, {@code contributors},
 * {@code maintenance.maintainer}).
 *
 * @param type Person or Organization; unstated means a person
 * @param orcid the bare ORCID iD, such as {@code 0000-0002-1825-0097}
 * @param role for contributors, a DataCite contributorType
 */
public record Agent(String name, Optional<String> givenName, Optional<String> familyName, Optional<String> type,
        Optional<String> orcid, Optional<String> email, Optional<String> role, List<Organisation> affiliations) {

    public Agent {
        affiliations = List.copyOf(affiliations);
    }

    public boolean isOrganization() {
        return type.filter("Organization"::equals).isPresent();
    }
}
