package org.datasetkit.core.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;

/**
 * CSV and TSV files (told apart by name: content cannot say which a text file is), read by an RFC 4180 parser
 * ({@link CsvReader}) and judged by the {@link TableRules}; a CSV whose first line has more semicolons than commas is
 * read with {@code ;} as the separator. Every finding names the line and column where its cell starts.
 */
final class TableCheck implements FileCheck {

    private final TableRules rules;

    TableCheck(TableRules rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "table";
    }

    @Override
    public Set<FileKind> kinds() {
        return Set.of(FileKind.CSV, FileKind.TSV);
    }

    @Override
    public void check(CheckedFile checked, PrivacyPolicy policy, List<Diagnostic> out) throws IOException {
        // Not valid UTF-8 (a Latin-1 export, say): the bytes that do not decode become U+FFFD; digits and '@' survive.
        BufferedReader reader = new BufferedReader(new InputStreamReader(checked.content(), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                1 << 16);
        char separator = '\t';
        if (checked.kind() == FileKind.CSV) {
            reader.mark(1 << 16);
            char[] head = new char[1 << 16];
            int n = Math.max(0, reader.read(head));
            reader.reset();
            String first = new String(head, 0, n);
            int nl = first.indexOf('\n');
            separator = CsvReader.separatorOf(nl < 0 ? first : first.substring(0, nl));
        }
        CsvReader csv = new CsvReader(reader, separator);
        TableRules.Table table = rules.new Table(checked.path(), "", policy, out);
        List<CsvReader.Field> record = csv.next();
        if (record == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        List<int[]> at = new ArrayList<>();
        for (CsvReader.Field f : record) {
            names.add(f.text());
            at.add(new int[] {f.line(), f.column()});
        }
        table.header(names, at);
        while ((record = csv.next()) != null) {
            for (int c = 0; c < record.size(); c++) {
                CsvReader.Field f = record.get(c);
                table.cell(c, f.text(), f.line(), f.column());
            }
        }
        table.end();
    }
}
