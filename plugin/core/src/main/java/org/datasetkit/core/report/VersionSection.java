package org.datasetkit.core.report;

import static org.datasetkit.core.report.Markup.esc;

import org.datasetkit.core.diff.FileChanges;
import org.datasetkit.core.diff.ReleaseDiff;

/**
 * What changed since the previous release, in counts, and the version the changes need: the reader learns whether
 * a re-run of an analysis on the new version can differ. The lists of files are in the bag's CHANGELOG.md.
 */
final class VersionSection {

    private final ReportInput in;

    VersionSection(ReportInput in) {
        this.in = in;
    }

    void write(Page page) {
        page.section("versions", "Changes since the last release");
        if (in.diff().isEmpty()) {
            page.note("Version " + in.datasheet().version() + " was compared with no earlier release in this build (a first"
                    + " release, the comparison turned off, or a goal that does not compare).");
            page.end();
            return;
        }
        ReleaseDiff d = in.diff().get();
        FileChanges f = d.files();
        String badge = d.versionSuffices() ? "<span class=\"badge ok\">\u2713 the version says so</span>"
                : "<span class=\"badge bad\">\u2717 the version is too small</span>";
        page.raw("<p>" + badge + " Version " + esc(d.version()) + " against " + esc(d.previousVersion()) + ": a <strong>"
                + esc(d.required().word()) + "</strong> release by the version rule, " + esc(d.smallestVersion().toString())
                + " or later.</p>\n");
        StringBuilder t = new StringBuilder("<table class=\"data\"><caption>Payload files and datasheet values changed since "
                + esc(d.previousVersion()) + "</caption><thead><tr><th scope=\"col\">change</th><th scope=\"col\">count"
                + "</th></tr></thead><tbody>");
        row(t, "files added", f.added().size());
        row(t, "files removed", f.removed().size());
        row(t, "files changed", f.changed().size());
        row(t, "files moved", f.renamed().size());
        row(t, "files unchanged", f.unchanged());
        row(t, "tables changed", d.tables().size());
        row(t, "datasheet values changed", d.datasheet().changes().size());
        page.raw(t.append("</tbody></table>\n").toString());
        page.note("Which files and values changed is listed in the bag's CHANGELOG.md and metadata/changes.json.");
        page.end();
    }

    private static void row(StringBuilder t, String what, long n) {
        t.append("<tr><th scope=\"row\">").append(esc(what)).append("</th><td class=\"n\">").append(esc(Markup.count(n)))
                .append("</td></tr>");
    }
}
