package org.datasetkit.core.diff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV or TSV table read for comparison (RFC 4180 quoting): a header row, then rows. Only tables whose checksum
 * changed are read.
 */
record CsvTable(List<String> header, List<List<String>> rows) {

    /** Whether the path names a table this comparison reads. */
    static boolean isTable(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".csv") || p.endsWith(".tsv");
    }

    static CsvTable parse(String path, byte[] content) {
        char separator = path.toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
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
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                addUnlessBlank(records, record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            addUnlessBlank(records, record);
        }
        if (records.isEmpty()) {
            return new CsvTable(List.of(), List.of());
        }
        return new CsvTable(List.copyOf(records.get(0)), List.copyOf(records.subList(1, records.size())));
    }

    private static void addUnlessBlank(List<List<String>> records, List<String> record) {
        if (!(record.size() == 1 && record.get(0).isBlank())) {
            records.add(List.copyOf(record));
        }
    }
}
