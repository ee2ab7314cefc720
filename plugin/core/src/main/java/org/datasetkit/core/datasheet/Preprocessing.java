package org.datasetkit.core.datasheet;

import java.util.List;
import java.util.Optional;

/** What was done to the raw data, and whether the raw data is kept (and where). */
public record Preprocessing(Optional<LocalizedText> steps, Optional<Boolean> rawDataAvailable,
        Optional<LocalizedText> rawDataWhere, List<Software> software) {

    public Preprocessing {
        software = List.copyOf(software);
    }
}
