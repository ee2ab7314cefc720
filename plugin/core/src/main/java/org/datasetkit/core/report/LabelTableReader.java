package org.datasetkit.core.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.datasheet.Composition.LabelTable;
import org.datasetkit.core.datasheet.DatasheetLocation;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Severity;

/**
 * Counts the labels (and splits) of the label table the datasheet names ({@code composition.labels.file}): a
 * UTF-8 CSV (RFC 4180 quoting) or TSV file with a header row, read once, streaming, whatever its size. A table that
 * is missing, has no header, or lacks a named column is a datasheet error at the line and column that names it.
 */
public final class LabelTableReader {

    /** More distinct values than this and the column is not a label: the rest are counted together. */
    static final int MAX_DISTINCT = 10_000;
    static final String TOO_MANY = "(further values)";

    public LabelCounts read(Path datasetRoot, LabelTable table) throws IOException, DatasetException {
        Path file = datasetRoot.resolve(table.path()).normalize();
        if (!file.startsWith(datasetRoot) || !Files.isRegularFile(file)) {
            throw problem(table.at(), "report.label-table-missing", "the label table " + table.path() + " is not a file"
                    + " in the dataset", "point composition.labels.file at the CSV or TSV file of labels");
        }
        char delimiter = table.path().toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            RowReader rows = new RowReader(in, delimiter);
            Optional<List<String>> header = rows.next();
            if (header.isEmpty() || header.get().stream().allMatch(String::isBlank)) {
                throw problem(table.at(), "report.label-table-empty", table.path() + " has no header row",
                        "write the column names in the table's first row");
            }
            List<String> columns = header.get().stream().map(s -> s.strip().replace("\uFEFF", "")).toList();
            int label = column(columns, table.labelColumn(), table.labelColumnAt(), table.path(), "column");
            int split = -1;
            if (table.splitColumn().isPresent()) {
                split = column(columns, table.splitColumn().get(), table.splitColumnAt().orElse(table.at()), table.path(),
                        "splitColumn");
            }
            if (table.fileColumn().isPresent()) { // read by the copy check; named wrong, it is wrong here too
                column(columns, table.fileColumn().get(), table.fileColumnAt().orElse(table.at()), table.path(),
                        "fileColumn");
            }
            return count(rows, table, label, split);
        } catch (CharacterCodingException e) {
            throw problem(table.at(), "report.label-table-encoding", table.path() + " is not UTF-8 text",
                    "save the label table as UTF-8");
        }
    }

    private static LabelCounts count(RowReader rows, LabelTable table, int label, int split) throws IOException {
        Map<String, Long> byLabel = new LinkedHashMap<>();
        Map<String, Long> bySplit = new LinkedHashMap<>();
        Map<String, Map<String, Long>> both = new LinkedHashMap<>();
        long n = 0;
        for (Optional<List<String>> row = rows.next(); row.isPresent(); row = rows.next()) {
            List<String> cells = row.get();
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue; // a blank line, often the last one
            }
            n++;
            String l = add(byLabel, cell(cells, label));
            if (split >= 0) {
                String s = add(bySplit, cell(cells, split));
                both.computeIfAbsent(s, k -> new LinkedHashMap<>()).merge(l, 1L, Long::sum);
            }
        }
        return new LabelCounts(table.path(), n, table.labelColumn(), byLabel, table.splitColumn(), bySplit, both);
    }

    /** Counts a value; returns the key it was counted under. */
    private static String add(Map<String, Long> counts, String value) {
        String key = counts.containsKey(value) || counts.size() < MAX_DISTINCT ? value : TOO_MANY;
        counts.merge(key, 1L, Long::sum);
        return key;
    }

    private static String cell(List<String> cells, int index) {
        String v = index < cells.size() ? cells.get(index).strip() : "";
        return v.isEmpty() ? LabelCounts.EMPTY : v;
    }

    private static int column(List<String> columns, String name, DatasheetLocation at, String path, String key)
            throws DatasetException {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw problem(at, "report.label-column-missing", path + " has no column '" + name + "'; its columns are "
                    + String.join(", ", columns), "set composition.labels." + key + " to one of those columns");
        }
        return i;
    }

    private static DatasetException problem(DatasheetLocation at, String code, String message, String hint) {
        return new DatasetException(at.diagnostic(Severity.ERROR, code, message, hint));
    }

    /** Rows of a delimited text, RFC 4180 quotes honoured (a quoted cell may hold the delimiter or a line break). */
    private static final class RowReader {
        private final BufferedReader in;
        private final char delimiter;

        RowReader(BufferedReader in, char delimiter) {
            this.in = in;
            this.delimiter = delimiter;
        }

        Optional<List<String>> next() throws IOException {
            int c = in.read();
            if (c < 0) {
                return Optional.empty();
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (; c >= 0; c = in.read()) {
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        if (in.read() == '"') {
                            cell.append('"');
                        } else {
                            in.reset();
                            quoted = false;
                        }
                    } else {
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.length() == 0 && delimiter == ',') {
                    quoted = true;
                } else if (c == delimiter) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n') {
                    break;
                } else if (c != '\r') {
                    cell.append((char) c);
                }
            }
            cells.add(cell.toString());
            return Optional.of(cells);
        }
    }
}
