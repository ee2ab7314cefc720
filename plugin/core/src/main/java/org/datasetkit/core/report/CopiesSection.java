package org.datasetkit.core.report;

import static org.datasetkit.core.report.Markup.esc;

import java.util.Locale;
import org.datasetkit.core.copies.CopiesResult;
import org.datasetkit.core.copies.Overlap;

/**
 * What the copy check found: per dataset compared with, how many of this dataset's files it already holds and how
 * alike they are; duplicates within the dataset. File names are not listed: they are in the build's copies.json.
 */
final class CopiesSection {

    private final ReportInput in;

    CopiesSection(ReportInput in) {
        this.in = in;
    }

    void write(Page page) {
        page.section("copies", "Copies and duplicates");
        if (in.copies().isEmpty()) {
            page.raw("<p><span class=\"badge off\">turned off</span> The copy check was turned off by the user for this"
                    + " build: no file was compared with other datasets or within the dataset.</p>\n");
            page.end();
            return;
        }
        CopiesResult r = in.copies().get();
        String badge = r.diagnostics().errorCount() > 0 ? "<span class=\"badge bad\">\u2717 refused</span>"
                : "<span class=\"badge ok\">\u2713 passed</span>";
        page.raw("<p>" + badge + " " + esc(Markup.count(r.fingerprints().files().size())) + " files fingerprinted; "
                + esc(Markup.count(r.duplicates().size())) + " duplicate pair(s) within the dataset; "
                + esc(r.diagnostics().summary()) + ".</p>\n");
        if (r.overlaps().isEmpty()) {
            page.note("No dataset was compared with: no source declares fingerprints, and no known datasets were given.");
        } else {
            StringBuilder t = new StringBuilder("<table class=\"data\"><caption>Files found in other datasets</caption>"
                    + "<thead><tr><th scope=\"col\">dataset</th><th scope=\"col\">declared</th><th scope=\"col\">files"
                    + "</th><th scope=\"col\">share</th><th scope=\"col\">identical</th><th scope=\"col\">same pixels"
                    + "</th><th scope=\"col\">near</th></tr></thead><tbody>");
            for (Overlap o : r.overlaps()) {
                t.append("<tr><th scope=\"row\">").append(esc(o.source())).append("</th><td>")
                        .append(o.declared() ? "yes" : "no").append("</td>").append(cell(o.files()))
                        .append("<td class=\"n\">").append(String.format(Locale.ROOT, "%.0f%%", 100 * o.share()))
                        .append("</td>").append(cell(o.identical())).append(cell(o.samePixels())).append(cell(o.near()))
                        .append("</tr>");
            }
            page.raw(t.append("</tbody></table>\n").toString());
        }
        page.note("The bag carries every file's fingerprints (metadata/fingerprints.tsv), so that a later copy of this"
                + " release can be recognised.");
        page.end();
    }

    private static String cell(long n) {
        return "<td class=\"n\">" + esc(Markup.count(n)) + "</td>";
    }
}
