package org.datasetkit.core.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * How to compare two releases.
 *
 * @param rules which bump each kind of change needs
 * @param keyColumn the column that identifies a table's rows, or empty for each table's first column
 * @param labelColumn the column whose value distribution is reported, or empty for a column named {@code label}
 */
public record DiffOptions(VersionRules rules, Optional<String> keyColumn, Optional<String> labelColumn) {

    public DiffOptions {
        Objects.requireNonNull(rules, "rules");
        keyColumn = keyColumn.filter(s -> !s.isBlank()).map(String::trim);
        labelColumn = labelColumn.filter(s -> !s.isBlank()).map(String::trim);
    }

    public static DiffOptions defaults() {
        return new DiffOptions(VersionRules.defaults(), Optional.empty(), Optional.empty());
    }
}
