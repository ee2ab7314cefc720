package org.datasetkit.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The header and the first rows of a CSV or TSV table, read once and bounded ({@value #MAX_BYTES} bytes), so the
 * Croissant RecordSet can name its columns and their types without reading the whole table.
 *
 * @param columns the header's column names, in order
 * @param types the schema.org type of each column, from the sample ({@code sc:Integer}, {@code sc:Float},
 *     {@code sc:Boolean}, {@code sc:Date} or {@code sc:Text})
 */
record TableSample(List<String> columns, List<String> types) {

    static final int MAX_BYTES = 64 * 1024;

    TableSample {
        columns = List.copyOf(columns);
        types = List.copyOf(types);
    }

    /** The table's header and column types; empty when it has no header or is not UTF-8 text. */
    static Optional<TableSample> read(Path file, char separator) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MAX_BYTES);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (head.length == MAX_BYTES && !lines.isEmpty()) {
            lines.remove(lines.size() - 1); // cut off mid-line
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        List<String> columns = split(lines.get(0), separator);
        List<List<String>> rows = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank())
                .map(l -> split(l, separator)).toList();
        List<String> types = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            types.add(type(rows, c));
        }
        return Optional.of(new TableSample(columns, types));
    }

    /** One line's cells; quoted cells may hold the separator and doubled quotes (RFC 4180). */
    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == separator && !quoted) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    private static String type(List<List<String>> rows, int column) {
        boolean integer = true;
        boolean number = true;
        boolean bool = true;
        boolean date = true;
        int seen = 0;
        for (List<String> row : rows) {
            if (column >= row.size() || row.get(column).isEmpty()) {
                continue;
            }
            String v = row.get(column);
            seen++;
            integer &= v.matches("[-+]?\\d{1,18}");
            number &= v.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
            bool &= v.toLowerCase(Locale.ROOT).matches("true|false");
            date &= v.matches("\\d{4}-\\d{2}-\\d{2}");
        }
        if (seen == 0) {
            return "sc:Text";
        }
        return integer ? "sc:Integer" : number ? "sc:Float" : bool ? "sc:Boolean" : date ? "sc:Date" : "sc:Text";
    }
}
