package org.datasetkit.core.copies;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.datasheet.Composition.LabelTable;
import org.datasetkit.core.datasheet.DatasheetLocation;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;
import org.datasetkit.core.privacy.CsvReader;

/**
 * The splits a label table declares file by file ({@code composition.labels.fileColumn} and {@code splitColumn}):
 * each row's file, relative to the table's folder, and its split. A table that cannot be read, or lacks a named
 * column, is an error at the datasheet line naming it; a row naming a file that is not in the payload is a warning
 * at that row (the split check cannot see it).
 *
 * @param splitOf the split of each payload path the table names
 * @param table the table, as the datasheet names it
 */
record SplitTable(Map<String, String> splitOf, String table) {

    /** Files not in the payload reported one by one up to this many; the rest are counted. */
    static final int SHOWN = 10;

    SplitTable {
        splitOf = Map.copyOf(splitOf);
    }

    /** The table's splits, or empty (with the findings saying why) when it cannot be used. */
    static Optional<SplitTable> read(Path root, LabelTable table, Set<String> payload, List<Diagnostic> findings)
            throws IOException {
        if (table.fileColumn().isEmpty() || table.splitColumn().isEmpty()) {
            return Optional.empty();
        }
        Path file = root.resolve(table.path()).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            findings.add(table.at().diagnostic(Severity.ERROR, "copies.label-table-missing", "the label table "
                    + table.path() + " is not a file in the dataset", "point composition.labels.file at the CSV or"
                    + " TSV file of labels"));
            return Optional.empty();
        }
        char separator = table.path().toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
        var utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), utf8))) {
            return rows(new CsvReader(in, separator), table, payload, findings);
        } catch (CharacterCodingException e) {
            findings.add(table.at().diagnostic(Severity.ERROR, "copies.label-table-encoding", table.path()
                    + " is not UTF-8 text", "save the label table as UTF-8"));
        } catch (org.datasetkit.core.privacy.FileDefect e) {
            findings.add(table.at().diagnostic(Severity.ERROR, "copies.label-table-unreadable", table.path()
                    + " cannot be read as a table: " + e.getMessage(), "correct the table's quoting"));
        }
        return Optional.empty();
    }

    private static Optional<SplitTable> rows(CsvReader csv, LabelTable table, Set<String> payload,
            List<Diagnostic> findings) throws IOException {
        List<CsvReader.Field> header = csv.next();
        List<String> columns = header == null ? List.of()
                : header.stream().map(f -> f.text().strip().replace("\uFEFF", "")).toList();
        int fileAt = column(columns, table.fileColumn().get(), table.fileColumnAt(), table, "fileColumn", findings);
        int splitAt = column(columns, table.splitColumn().get(), table.splitColumnAt(), table, "splitColumn",
                findings);
        if (fileAt < 0 || splitAt < 0) {
            return Optional.empty();
        }
        Map<String, String> splits = new HashMap<>();
        List<CsvReader.Field> unknown = new ArrayList<>();
        int missing = 0;
        for (List<CsvReader.Field> row = csv.next(); row != null; row = csv.next()) {
            if (row.size() <= Math.max(fileAt, splitAt) || row.get(fileAt).text().isBlank()) {
                continue; // a blank line, or a row without a file: nothing to place in a split
            }
            String path = table.datasetPath(row.get(fileAt).text());
            if (payload.contains(path)) {
                splits.put(path, row.get(splitAt).text().strip());
            } else if (missing++ < SHOWN) {
                unknown.add(row.get(fileAt));
            }
        }
        unknown.forEach(f -> findings.add(notInPayload(table, f)));
        if (missing > SHOWN) {
            findings.add(Diagnostic.warning("copies.label-table-unknown-file", table.path(), (missing - SHOWN)
                    + " more rows name files that are not in the payload", "correct the paths in the table"));
        }
        return Optional.of(new SplitTable(splits, table.path()));
    }

    private static Diagnostic notInPayload(LabelTable table, CsvReader.Field cell) {
        return new Diagnostic(Severity.WARNING, "copies.label-table-unknown-file", table.path(), cell.line(),
                cell.column(), "", "the row names the file '" + cell.text().strip() + "' (" + table.datasetPath(
                        cell.text()) + " in the dataset), which is not in the payload, so its split is not checked",
                "write the path relative to the folder of " + table.path() + ", or remove the row");
    }

    private static int column(List<String> columns, String name, Optional<DatasheetLocation> at, LabelTable table,
            String key, List<Diagnostic> findings) {
        int i = columns.indexOf(name);
        if (i < 0) {
            findings.add(at.orElse(table.at()).diagnostic(Severity.ERROR, "copies.label-column-missing", table.path()
                    + " has no column '" + name + "'; its columns are " + String.join(", ", columns),
                    "set composition.labels." + key + " to one of those columns"));
        }
        return i;
    }
}
