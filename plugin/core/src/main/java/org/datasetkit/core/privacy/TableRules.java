package org.datasetkit.core.privacy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;

/**
 * The rules for a table, whatever file holds it (CSV, TSV, a sheet of a workbook): a column whose header, normalised
 * ({@code Patient Name}, {@code patient_name}, {@code PATIENTNAME} and {@code Patientnamn} alike), says it holds names,
 * identity numbers, birth dates or contact details; and every cell, for personal identity numbers, e-mail addresses
 * and phone numbers. A column's first few findings of a kind are reported by cell and the rest counted in one more
 * finding, so a column of a million identity numbers costs neither a million lines nor their memory.
 */
final class TableRules {

    /** Cells reported one by one per column and kind of finding, before the rest are counted. */
    static final int SHOWN_PER_COLUMN = 3;

    private static final Set<String> IDENTIFYING = Set.of(
            "name", "names", "patientname", "patientsname", "fullname", "firstname", "lastname", "surname",
            "givenname", "familyname", "middlename", "participantname", "subjectname", "fornamn", "efternamn", "namn",
            "tilltalsnamn", "patientnamn", "fullstandigtnamn",
            "personnummer", "personnr", "pnr", "persnr", "samordningsnummer", "ssn", "socialsecuritynumber",
            "socialsecurityno", "nationalid", "nationalidentitynumber", "personalidentitynumber", "mrn",
            "medicalrecordnumber", "journalnummer",
            "birthdate", "dateofbirth", "dob", "fodelsedatum", "fodelsedag", "birthday", "patientbirthdate",
            "email", "emailaddress", "epost", "epostadress", "mail", "phone", "phonenumber", "telephone", "telefon",
            "telefonnummer", "mobile", "mobil", "mobilnummer", "address", "streetaddress", "adress", "gatuadress",
            "hemadress");

    private final TextChecks text;

    TableRules(TextChecks text) {
        this.text = text;
    }

    /** Whether a header names an identifying column. */
    static boolean identifying(String header) {
        String k = MetadataRules.normalised(header);
        return IDENTIFYING.contains(k) || k.startsWith("socialsecurity");
    }

    /** What one table of one file has found so far: counts per column and kind, for the cap. */
    final class Table {

        private final String file;
        private final String sheet;
        private final PrivacyPolicy policy;
        private final List<Diagnostic> out;
        private final Map<String, int[]> counts = new HashMap<>();
        private final Map<String, Diagnostic> lastShown = new HashMap<>();
        private String[] headers = new String[0];

        /** @param sheet the sheet's name in a workbook, or empty for a CSV/TSV file */
        Table(String file, String sheet, PrivacyPolicy policy, List<Diagnostic> out) {
            this.file = file;
            this.sheet = sheet;
            this.policy = policy;
            this.out = out;
        }

        /** The header row: a finding per identifying column, at its cell. */
        void header(List<String> names, List<int[]> at) {
            headers = names.toArray(String[]::new);
            Severity severity = policy.strict() ? Severity.ERROR : Severity.WARNING;
            for (int c = 0; c < headers.length; c++) {
                String name = headers[c].strip();
                if (identifying(name) && !policy.allowed(file, "column:" + name)) {
                    out.add(new Diagnostic(severity, "privacy.identifying-column", file, at.get(c)[0], at.get(c)[1],
                            column(c), where() + "the column '" + name + "' names people, identity numbers, birth dates"
                                    + " or contact details",
                            "drop the column, or replace its values with pseudonyms and rename it"));
                }
            }
        }

        /** One data cell. */
        void cell(int index, String value, int line, int col) {
            if (value.length() < 7) {
                return; // shorter than any e-mail address, phone or identity number
            }
            for (TextChecks.Hit hit : text.contacts(value)) {
                String key = hit.code() + " " + index;
                if (policy.allowed(file, hit.code().equals("privacy.personal-identity-number") ? "personnummer"
                        : "column:" + header(index))) {
                    continue;
                }
                int n = ++counts.computeIfAbsent(key, k -> new int[1])[0];
                if (n <= SHOWN_PER_COLUMN) {
                    Severity s = hit.code().equals("privacy.personal-identity-number") || policy.strict() ? Severity.ERROR
                            : Severity.WARNING;
                    Diagnostic d = new Diagnostic(s, hit.code(), file, line, col, column(index), where() + "line " + line
                            + ", column " + (index + 1) + " ('" + header(index) + "') holds " + hit.what() + " ("
                            + DicomRules.mask(hit.value()) + ")", TextChecks.hintFor(hit.code()));
                    out.add(d);
                    lastShown.put(key, d);
                }
            }
        }

        /** Ends the table: one finding per column and kind that had more than were shown. */
        void end() {
            counts.forEach((key, n) -> {
                if (n[0] > SHOWN_PER_COLUMN) {
                    Diagnostic d = lastShown.get(key);
                    out.add(new Diagnostic(d.severity(), d.code(), file, 0, 0, d.pointer(), where() + String.format(
                            java.util.Locale.ROOT, "%,d more cells of column '%s' hold the same kind of value", n[0]
                                    - SHOWN_PER_COLUMN, header(Integer.parseInt(key.substring(key.indexOf(' ') + 1)))),
                            d.hint()));
                }
            });
        }

        private String header(int index) {
            return index < headers.length ? headers[index].strip() : "column " + (index + 1);
        }

        private String column(int index) {
            return (sheet.isEmpty() ? "" : sheet + "!") + "column " + (index + 1) + " '" + header(index) + "'";
        }

        private String where() {
            return sheet.isEmpty() ? "" : "sheet '" + sheet + "', ";
        }
    }
}
