package org.datasetkit.core.datasheet;

import java.util.List;

/**
 * How much of what the selected profiles ask for is filled in, per section of the datasheet.
 *
 * @param sections one row per top-level section, in datasheet order
 */
public record Completeness(List<Section> sections) {

    /** One section: how many of its required and recommended fields are filled. */
    public record Section(String name, int filled, int total) {
        public int percent() {
            return total == 0 ? 100 : Math.round(100f * filled / total);
        }
    }

    public Completeness {
        sections = List.copyOf(sections);
    }

    public int overallPercent() {
        int filled = sections.stream().mapToInt(Section::filled).sum();
        int total = sections.stream().mapToInt(Section::total).sum();
        return total == 0 ? 100 : Math.round(100f * filled / total);
    }
}
