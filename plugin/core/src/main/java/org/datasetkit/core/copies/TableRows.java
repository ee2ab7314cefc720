package org.datasetkit.core.copies;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The hashes of a table's rows, normalised so that a copy whose columns were reordered, whose header changed case or
 * whose cells gained blanks still matches: each row becomes its cells keyed by the trimmed, lower-cased header,
 * in header order, and is hashed with SHA-256 (the first 128 bits are kept: plenty to tell rows apart, half the size).
 */
final class TableRows {

    /** Rows beyond this are not hashed: a label table is far smaller, and memory stays bounded. */
    static final int MAX_ROWS = 1_000_000;

    private TableRows() {}

    static List<String> hashes(BufferedReader in, char separator) throws IOException {
        String headerLine = in.readLine();
        if (headerLine == null) {
            return List.of();
        }
        List<String> header = new ArrayList<>();
        for (String h : cells(headerLine, separator)) {
            header.add(h.trim().toLowerCase(Locale.ROOT));
        }
        TreeSet<String> out = new TreeSet<>();
        String line;
        int n = 0;
        while ((line = in.readLine()) != null && n++ < MAX_ROWS) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = cells(line, separator);
            TreeMap<String, String> row = new TreeMap<>();
            for (int i = 0; i < cells.size(); i++) {
                row.put(i < header.size() ? header.get(i) : "#" + i, cells.get(i).trim());
            }
            StringBuilder canonical = new StringBuilder();
            row.forEach((k, v) -> canonical.append(k).append('\u001f').append(v).append('\u001e'));
            out.add(Sha256.hex(canonical.toString()).substring(0, 32));
        }
        return List.copyOf(out);
    }

    /** One line's cells; double quotes group a cell and {@code ""} inside them is one quote (RFC 4180, one line). */
    static List<String> cells(String line, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
