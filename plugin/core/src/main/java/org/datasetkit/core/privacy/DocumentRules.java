package org.datasetkit.core.privacy;

import java.util.List;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;

/**
 * The rules for documentation that travels with the data (codebooks, protocols, readmes: PDF, Office, Markdown,
 * text): personal identity numbers, person names in the DICOM form and names written after a label that says whose
 * they are ({@code Patient: Karin Andersson}). Contact details are not looked for: a readme names its maintainer on
 * purpose. A file's first {@link #SHOWN_PER_FILE} findings of a kind are reported where they stand, the rest counted.
 */
final class DocumentRules {

    static final int SHOWN_PER_FILE = 20;

    private final TextChecks text;

    DocumentRules(TextChecks text) {
        this.text = text;
    }

    /** The findings of one document. */
    final class Document {

        private final String file;
        private final String format;
        private final PrivacyPolicy policy;
        private final PseudonymShapes shapes;
        private final List<Diagnostic> out;
        private final java.util.Map<String, Integer> counts = new java.util.TreeMap<>();

        Document(String file, String format, PrivacyPolicy policy, PseudonymShapes shapes, List<Diagnostic> out) {
            this.file = file;
            this.format = format;
            this.policy = policy;
            this.shapes = shapes;
            this.out = out;
        }

        /**
         * Judges one piece of text.
         *
         * @param where where it stands in words: {@code page 3}, {@code core property 'title'}
         * @param line the line it starts at (0 when the format has no lines); the column is found from the match
         */
        void text(String where, String value, int line) {
            for (TextChecks.Hit hit : text.people(value, policy)) {
                if (policy.allowed(file, hit.code().equals("privacy.personal-identity-number") ? "personnummer"
                        : format + ":names")) {
                    continue;
                }
                int n = counts.merge(hit.code(), 1, Integer::sum);
                if (n > SHOWN_PER_FILE) {
                    continue;
                }
                Severity s = hit.code().equals("privacy.personal-identity-number") || policy.strict() ? Severity.ERROR
                        : Severity.WARNING;
                int column = line > 0 ? value.indexOf(hit.value()) + 1 : 0;
                Diagnostic d = new Diagnostic(s, hit.code(), file, line, column, "", where + " holds " + hit.what() + " ("
                        + DicomRules.mask(hit.value()) + ")", TextChecks.hintFor(hit.code()));
                out.add(hit.code().equals("privacy.person-name") ? shapes.unmatched(d, hit.value()) : d);
            }
        }

        void end() {
            counts.forEach((code, n) -> {
                if (n > SHOWN_PER_FILE) {
                    out.add(new Diagnostic(policy.strict() ? Severity.ERROR : Severity.WARNING, code, file, 0, 0, "",
                            String.format(java.util.Locale.ROOT, "%,d more places in the document hold the same kind of"
                                    + " value", n - SHOWN_PER_FILE), TextChecks.hintFor(code)));
                }
            });
        }
    }
}
