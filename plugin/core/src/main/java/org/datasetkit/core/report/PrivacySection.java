package org.datasetkit.core.report;

import static org.datasetkit.core.report.Markup.esc;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.Deidentification;
import org.datasetkit.core.datasheet.PersonalData;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.privacy.PrivacyResult;
import org.datasetkit.core.report.Page.Field;

/**
 * What the datasheet declares about personal data, de-identification and ethics, and what the privacy gate made of
 * the files. Findings are counted by code, never quoted: a finding may repeat what it found, and this page travels.
 */
final class PrivacySection {

    private final ReportInput in;

    PrivacySection(ReportInput in) {
        this.in = in;
    }

    void write(Page page) {
        Datasheet sheet = in.datasheet();
        page.section("privacy", "Personal data and the privacy gate");
        sheet.personalData().ifPresentOrElse(p -> declared(page, p),
                () -> page.note("The datasheet does not say whether the data holds personal data."));
        sheet.ethics().ifPresent(e -> page.fields(List.of(Field.yesNo("Ethics review required", e.reviewRequired()),
                Field.list("Approvals", e.approvals().stream().map(a -> a.body() + " " + a.referenceNumber()
                        + a.date().map(d -> " (" + d + ")").orElse("")).toList()),
                Field.text("Consent", e.consent().flatMap(c -> c.basis())), Field.text("Legal basis", e.legalBasis()),
                Field.text("Impact assessment", e.impactAssessment().map(a -> a.made()
                        ? "made" + a.reference().map(r -> " (" + r + ")").orElse("") : "not made")))));
        page.h3("The privacy gate");
        if (in.privacy().isEmpty()) {
            page.raw("<p><span class=\"badge off\">turned off</span> The privacy gate was turned off by the user for this"
                    + " build: no file was checked for personal data. The bag's bag-info.txt records it.</p>\n");
        } else {
            gate(page, in.privacy().get());
        }
        page.end();
    }

    private static void declared(Page page, PersonalData p) {
        page.fields(List.of(Field.text("Contains personal data", p.contains() ? "yes" : "no"),
                Field.yesNo("Sensitive (special categories)", p.sensitive()), Field.list("Kinds", p.types()),
                Field.yesNo("Code key retained", p.codeKeyRetained()),
                Field.text("De-identification", p.deidentification().map(Deidentification::method)),
                Field.text("Tool", p.deidentification().flatMap(Deidentification::tool)),
                Field.list("Declared PS3.15 options", p.deidentification().map(Deidentification::options).orElse(List.of())),
                Field.text("Pseudonym pattern", p.deidentification().flatMap(Deidentification::pseudonymPattern)
                        .map(Deidentification.PseudonymPattern::regex)),
                Field.localized("Residual risk", p.deidentification().flatMap(Deidentification::residualRisk))));
    }

    private static void gate(Page page, PrivacyResult r) {
        long errors = r.diagnostics().errorCount();
        long warnings = r.diagnostics().warningCount();
        String badge = errors > 0 ? "<span class=\"badge bad\">\u2717 refused</span>"
                : "<span class=\"badge ok\">\u2713 passed</span>";
        page.raw("<p>" + badge + " " + esc(r.scannedInWords()) + " against " + esc(r.rulesEdition()) + "; "
                + esc(r.diagnostics().summary()) + ".</p>\n");
        Map<String, long[]> byCode = new TreeMap<>();
        for (Diagnostic d : r.diagnostics().all()) {
            long[] n = byCode.computeIfAbsent(d.code(), k -> new long[1]);
            n[0]++;
        }
        if (!byCode.isEmpty()) {
            StringBuilder t = new StringBuilder("<table class=\"data\"><caption>Findings by code</caption><thead><tr>"
                    + "<th scope=\"col\">code</th><th scope=\"col\">findings</th></tr></thead><tbody>");
            byCode.forEach((code, n) -> t.append("<tr><th scope=\"row\">").append(esc(code)).append("</th><td class=\"n\">")
                    .append(Markup.count(n[0])).append("</td></tr>"));
            page.raw(t.append("</tbody></table>\n").toString());
        }
        if (warnings > 0 || errors > 0) {
            page.note("Each finding, with its file and the fix, is in the build's target/dataset/privacy.json.");
        }
    }
}
