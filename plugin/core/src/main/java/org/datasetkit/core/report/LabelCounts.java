package org.datasetkit.core.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a label table holds: how many rows carry each label, each split, and each label within each split.
 *
 * @param path the table, relative to the dataset folder
 * @param rows data rows (the header not counted)
 * @param byLabel rows per label value, in order of first appearance
 * @param bySplit rows per split value, in order of first appearance; empty when the table has no split column
 * @param bySplitAndLabel per split, rows per label
 * @param splitColumn the split column's header, when there is one
 */
public record LabelCounts(String path, long rows, String labelColumn, Map<String, Long> byLabel,
        Optional<String> splitColumn, Map<String, Long> bySplit, Map<String, Map<String, Long>> bySplitAndLabel) {

    /** How a blank cell is counted. */
    public static final String EMPTY = "(empty)";

    public LabelCounts {
        byLabel = Collections.unmodifiableMap(new LinkedHashMap<>(byLabel));
        bySplit = Collections.unmodifiableMap(new LinkedHashMap<>(bySplit));
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        bySplitAndLabel.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        bySplitAndLabel = Collections.unmodifiableMap(copy);
    }
}
