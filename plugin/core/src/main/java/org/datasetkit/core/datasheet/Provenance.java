package org.datasetkit.core.datasheet;

import java.util.List;
import java.util.Optional;

/**
 * Where the data comes from.
 *
 * @param origin original, derived or compiled
 * @param sources the upstream sources (at least one unless original)
 * @param activities what was done to make the data
 * @param sourcesAt where {@code provenance.sources} stands (or {@code provenance}, when it lists none), for findings
 *     about sources the datasheet does not declare
 */
public record Provenance(String origin, List<Source> sources, List<Activity> activities,
        DatasheetLocation sourcesAt) {

    /**
     * One step in making the data.
     *
     * @param type collection, annotation, preprocessing, deidentification or other
     * @param agents who did it
     */
    public record Activity(String type, LocalizedText description, Optional<String> start, Optional<String> end,
            List<String> agents, List<Software> software) {

        public Activity {
            agents = List.copyOf(agents);
            software = List.copyOf(software);
        }
    }

    public Provenance {
        sources = List.copyOf(sources);
        activities = List.copyOf(activities);
    }
}
