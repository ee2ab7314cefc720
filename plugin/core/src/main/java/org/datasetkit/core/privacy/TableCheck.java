package org.datasetkit.core.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;

/**
 * CSV and TSV files (told apart by name: content cannot say which a text file is): columns whose names say they hold
 * names, identity numbers or birth dates, and every cell for Swedish personal identity numbers; each finding names
 * the line and column.
 */
final class TableCheck implements FileCheck {

    private static final Pattern IDENTIFYING_COLUMN = Pattern.compile(
            "(?i)^(patient_?name|name|first_?name|last_?name|surname|given_?name|family_?name|f[oö]rnamn|efternamn|namn"
                    + "|personnummer|person_?nr|pnr|ssn|social_?security.*|birth_?date|date_?of_?birth|dob|f[oö]delsedatum)$");

    private final TextChecks text;

    TableCheck(TextChecks text) {
        this.text = text;
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
        String file = checked.path();
        char separator = checked.kind() == FileKind.TSV ? '\t' : ',';
        Severity severity = policy.strict() ? Severity.ERROR : Severity.WARNING;
        BufferedReader in = new BufferedReader(new InputStreamReader(checked.content(), StandardCharsets.UTF_8));
        String header = in.readLine();
        if (header == null) {
            return;
        }
        String[] columns = header.split(Pattern.quote(String.valueOf(separator)), -1);
        for (int c = 0; c < columns.length; c++) {
            String name = columns[c].trim().replace("\"", "");
            if (IDENTIFYING_COLUMN.matcher(name).matches() && !policy.allowed(file, "column:" + name)) {
                out.add(new Diagnostic(severity, "privacy.identifying-column", file, 1, position(header, separator, c), "",
                        "the column '" + name + "' names people, identity numbers or birth dates",
                        "drop the column, or replace its values with pseudonyms and rename it"));
            }
        }
        String line;
        int number = 1;
        while ((line = in.readLine()) != null) {
            number++;
            String[] cells = line.split(Pattern.quote(String.valueOf(separator)), -1);
            for (int c = 0; c < cells.length; c++) {
                for (Diagnostic d : text.check(file, "line " + number + ", column " + (c + 1), cells[c], policy)) {
                    out.add(new Diagnostic(d.severity(), d.code(), file, number, position(line, separator, c), "",
                            d.message(), d.hint()));
                }
            }
        }
    }

    /** The 1-based character column where cell {@code index} starts. */
    private static int position(String line, char separator, int index) {
        int at = 0;
        for (int i = 0; i < index; i++) {
            at = line.indexOf(separator, at) + 1;
        }
        return at + 1;
    }
}
