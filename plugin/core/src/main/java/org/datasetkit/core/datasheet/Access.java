package org.datasetkit.core.datasheet;

import java.util.Optional;

/**
 * Who may obtain the data.
 *
 * @param level open, restricted or on-request
 * @param embargoUntil the date the data becomes available
 */
public record Access(String level, Optional<String> embargoUntil, Optional<LocalizedText> conditions) {

    public boolean isOpen() {
        return "open".equals(level);
    }
}
