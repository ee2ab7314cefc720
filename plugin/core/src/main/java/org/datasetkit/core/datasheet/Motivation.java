package org.datasetkit.core.datasheet;

import java.util.List;
import java.util.Optional;

/** Why the dataset was created (Datasheets for Datasets). */
public record Motivation(Optional<LocalizedText> purpose, List<String> tasks, Optional<LocalizedText> creatorsRationale) {

    public Motivation {
        tasks = List.copyOf(tasks);
    }
}
