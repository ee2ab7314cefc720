package org.datasetkit.core.diff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * How one table changed between two releases: its columns by name (a column removed and another added at the same
 * position is a rename), its rows by the key column, and the distribution of its label column.
 *
 * @param path the table's payload path
 * @param keyColumn the column rows are matched by
 * @param labelColumn the column whose values are counted, if any
 * @param labelsBefore the label counts in the previous release, sorted by label
 * @param labelsAfter the label counts in this release, sorted by label
 */
public record TableChanges(String path, String keyColumn, List<String> columnsAdded, List<String> columnsRemoved,
        List<FileChanges.Rename> columnsRenamed, int rowsAdded, int rowsRemoved, int rowsChanged,
        Optional<String> labelColumn, Map<String, Integer> labelsBefore, Map<String, Integer> labelsAfter) {

    public TableChanges {
        columnsAdded = List.copyOf(columnsAdded);
        columnsRemoved = List.copyOf(columnsRemoved);
        columnsRenamed = List.copyOf(columnsRenamed);
        labelsBefore = java.util.Collections.unmodifiableMap(new TreeMap<>(labelsBefore));
        labelsAfter = java.util.Collections.unmodifiableMap(new TreeMap<>(labelsAfter));
    }

    /**
     * @param keyColumn the key column's name, or empty for the first column
     * @param labelColumn the label column's name, or empty for a column named {@code label}, if there is one
     */
    static TableChanges between(String path, CsvTable before, CsvTable after, Optional<String> keyColumn,
            Optional<String> labelColumn) {
        List<String> added = new ArrayList<>(after.header());
        added.removeAll(before.header());
        List<String> removed = new ArrayList<>(before.header());
        removed.removeAll(after.header());
        List<FileChanges.Rename> renamed = new ArrayList<>();
        for (String gone : List.copyOf(removed)) {
            int at = before.header().indexOf(gone);
            if (at < after.header().size() && added.contains(after.header().get(at))) {
                renamed.add(new FileChanges.Rename(gone, after.header().get(at)));
                removed.remove(gone);
                added.remove(after.header().get(at));
            }
        }
        String key = keyColumn.orElse(after.header().isEmpty() ? "" : after.header().get(0));
        Map<String, Map<String, String>> old = byKey(before, renamedTo(renamed), key);
        Map<String, Map<String, String>> now = byKey(after, Map.of(), key);
        int rowsAdded = 0;
        int rowsChanged = 0;
        for (Map.Entry<String, Map<String, String>> row : now.entrySet()) {
            Map<String, String> was = old.get(row.getKey());
            if (was == null) {
                rowsAdded++;
            } else if (!sameShared(was, row.getValue())) {
                rowsChanged++;
            }
        }
        int rowsRemoved = (int) old.keySet().stream().filter(k -> !now.containsKey(k)).count();
        Optional<String> label = labelColumn.or(() -> after.header().stream().filter(h -> h.equalsIgnoreCase("label")).findFirst());
        return new TableChanges(path, key, added, removed, renamed, rowsAdded, rowsRemoved, rowsChanged, label,
                label.map(l -> counts(old, l)).orElse(Map.of()), label.map(l -> counts(now, l)).orElse(Map.of()));
    }

    /** The kinds of change this table shows; empty when only its bytes changed (the file counts as changed). */
    Set<ChangeKind> kinds() {
        Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        addIf(kinds, !columnsAdded.isEmpty(), ChangeKind.COLUMN_ADDED);
        addIf(kinds, !columnsRemoved.isEmpty(), ChangeKind.COLUMN_REMOVED);
        addIf(kinds, !columnsRenamed.isEmpty(), ChangeKind.COLUMN_RENAMED);
        addIf(kinds, rowsAdded > 0, ChangeKind.ROWS_ADDED);
        addIf(kinds, rowsRemoved > 0, ChangeKind.ROWS_REMOVED);
        addIf(kinds, rowsChanged > 0, ChangeKind.ROWS_CHANGED);
        return kinds;
    }

    private static void addIf(Set<ChangeKind> kinds, boolean condition, ChangeKind kind) {
        if (condition) {
            kinds.add(kind);
        }
    }

    private static Map<String, String> renamedTo(List<FileChanges.Rename> renamed) {
        Map<String, String> out = new HashMap<>();
        renamed.forEach(r -> out.put(r.from(), r.to()));
        return out;
    }

    /** Rows by their key's value, each as column name → value (old column names mapped to their new ones). */
    private static Map<String, Map<String, String>> byKey(CsvTable table, Map<String, String> rename, String key) {
        List<String> names = table.header().stream().map(h -> rename.getOrDefault(h, h)).toList();
        int keyAt = names.indexOf(key);
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < names.size(); c++) {
                values.put(names.get(c), c < row.size() ? row.get(c) : "");
            }
            // without the key column, a row is known by its position
            out.put(keyAt >= 0 && keyAt < row.size() ? row.get(keyAt) : "#" + r, values);
        }
        return out;
    }

    private static boolean sameShared(Map<String, String> was, Map<String, String> now) {
        for (Map.Entry<String, String> e : now.entrySet()) {
            if (was.containsKey(e.getKey()) && !was.get(e.getKey()).equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> counts(Map<String, Map<String, String>> rows, String column) {
        Map<String, Integer> out = new TreeMap<>();
        for (Map<String, String> row : rows.values()) {
            String v = row.get(column);
            if (v != null) {
                out.merge(v, 1, Integer::sum);
            }
        }
        return out;
    }
}
