package org.datasetkit.core.copies;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import org.datasetkit.core.privacy.CsvReader;

/**
 * The hashes of a table's rows, normalised so that a copy whose columns were reordered, whose header changed case or
 * whose cells gained blanks still matches: each row becomes its cells keyed by the trimmed, lower-cased header,
 * in header order, and is hashed with SHA-256 (the first 128 bits are kept: plenty to tell rows apart, half the size).
 */
final class TableRows {

    /** Rows beyond this are not hashed: a label table is far smaller, and memory stays bounded. */
    static final int MAX_ROWS = 1_000_000;

    private TableRows() {}

    /** Reads the table with the privacy gate's RFC 4180 reader: a quoted cell may hold the separator or a line break. */
    static List<String> hashes(Reader in, char separator) throws IOException {
        CsvReader records = new CsvReader(in, separator);
        List<CsvReader.Field> headerFields = records.next();
        if (headerFields == null) {
            return List.of();
        }
        List<String> header = new ArrayList<>();
        for (CsvReader.Field h : headerFields) {
            header.add(h.text().trim().toLowerCase(Locale.ROOT));
        }
        TreeSet<String> out = new TreeSet<>();
        List<CsvReader.Field> cells;
        int n = 0;
        while ((cells = records.next()) != null && n++ < MAX_ROWS) {
            if (cells.size() == 1 && cells.get(0).text().isBlank()) {
                continue;
            }
            TreeMap<String, String> row = new TreeMap<>();
            for (int i = 0; i < cells.size(); i++) {
                row.put(i < header.size() ? header.get(i) : "#" + i, cells.get(i).text().trim());
            }
            StringBuilder canonical = new StringBuilder();
            row.forEach((k, v) -> canonical.append(k).append('\u001f').append(v).append('\u001e'));
            out.add(Sha256.hex(canonical.toString()).substring(0, 32));
        }
        return List.copyOf(out);
    }
}
