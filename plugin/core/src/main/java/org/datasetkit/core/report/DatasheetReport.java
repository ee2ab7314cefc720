package org.datasetkit.core.report;

import static org.datasetkit.core.report.Markup.esc;

import java.util.List;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.LocalizedText;

/**
 * The dataset's report as one self-contained HTML file: the Datasheets-for-Datasets sections, how complete the
 * datasheet is, what the dataset holds (charts drawn here as inline SVG), the licence graph, the privacy gate's
 * summary and the checksums. No script, no font, no image and no link to anything outside the file: it opens the
 * same from {@code file://}, inside a bag, or printed; its Content-Security-Policy forbids any request. The same
 * results give the same bytes (no clock, no machine locale, no absolute path).
 */
public final class DatasheetReport {

    /** The file name the report has inside a bag's payload. */
    public static final String BAG_NAME = "DATASHEET.html";

    /** What the page allows itself: its own inline styles and nothing else (no script, no request). */
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
            + " form-action 'none'";

    private static final List<String[]> CONTENTS = List.of(new String[] {"glance", "At a glance"},
            new String[] {"completeness", "Completeness of the datasheet"}, new String[] {"motivation", "Motivation"},
            new String[] {"composition", "Composition"}, new String[] {"collection", "Collection process"},
            new String[] {"preprocessing", "Preprocessing and labelling"}, new String[] {"licences", "Provenance and licences"},
            new String[] {"privacy", "Personal data and the privacy gate"},
            new String[] {"copies", "Copies and duplicates"}, new String[] {"uses", "Uses"},
            new String[] {"distribution", "Distribution and maintenance"}, new String[] {"fixity", "Files and checksums"});

    /** The page. */
    public String render(ReportInput in) {
        return render(in, ReportFigures.of(in));
    }

    /** The page, with its figures computed already. */
    public String render(ReportInput in, ReportFigures figures) {
        Datasheet sheet = in.datasheet();
        Page page = new Page();
        String lang = sheet.language().isEmpty() ? "en" : sheet.language().get(0);
        page.raw("<!DOCTYPE html>\n<html lang=\"" + esc(lang) + "\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"generator\" content=\"" + esc(in.softwareAgent()) + "\">"
                + "<title>" + esc(sheet.title().english() + " " + sheet.version() + " \u2014 datasheet") + "</title>"
                + "<style>" + ReportStyle.CSS + "</style></head>\n<body><main>\n");
        header(page, sheet);
        ReportSections sections = new ReportSections(in, figures);
        sections.glance(page);
        page.raw("<nav class=\"toc\" aria-label=\"Contents\"><ol>");
        for (String[] c : CONTENTS) {
            page.raw("<li><a href=\"#" + c[0] + "\">" + esc(c[1]) + "</a></li>");
        }
        page.raw("</ol></nav>\n");
        sections.completeness(page);
        sections.motivation(page);
        sections.composition(page);
        sections.collection(page);
        sections.preprocessing(page);
        sections.licences(page);
        sections.privacy(page);
        new CopiesSection(in).write(page);
        sections.uses(page);
        sections.distribution(page);
        sections.fixity(page);
        page.raw("<footer><p>Made by " + esc(in.softwareAgent()) + " from the datasheet and the results of the release"
                + " build's stages (datasheet check, licence check, privacy gate, checksums). This page is self-contained:"
                + " it loads nothing and runs no script.</p></footer>\n</main></body></html>\n");
        return page.toString();
    }

    /**
     * A rendered report to place inside another page (a site's): its content, under an element of class {@code dsk}
     * whose styles apply to it alone.
     */
    public static String embedded(String page) {
        String main = page.substring(page.indexOf("<main>") + "<main>".length(), page.lastIndexOf("</main>"));
        return "<div class=\"dsk\"><style>" + ReportStyle.scoped(".dsk") + "</style>" + main + "</div>";
    }

    private static void header(Page page, Datasheet sheet) {
        page.raw("<header class=\"top\"><p class=\"sub\">Datasheet \u00b7 version " + esc(sheet.version())
                + sheet.datePublished().map(d -> " \u00b7 published " + esc(d)).orElse("") + "</p><h1>"
                + esc(sheet.title().english()) + "</h1>");
        for (LocalizedText.Translation t : sheet.title().translations()) {
            if (t.language().isPresent() && !t.text().equals(sheet.title().english())) {
                page.raw("<p class=\"lang\" lang=\"" + esc(t.language().get()) + "\">" + esc(t.text()) + "</p>");
            }
        }
        page.raw("</header>\n").text(sheet.description());
    }
}
