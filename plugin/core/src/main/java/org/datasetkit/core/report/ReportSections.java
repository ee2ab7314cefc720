package org.datasetkit.core.report;

import static org.datasetkit.core.report.Markup.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.datasheet.Agent;
import org.datasetkit.core.datasheet.Completeness;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.Organisation;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.report.BarChart.Bar;
import org.datasetkit.core.report.Page.Field;

/** The report's sections other than composition (see {@link CompositionSection}), in the order of the page. */
final class ReportSections {

    private final ReportInput in;
    private final ReportFigures figures;
    private final Datasheet sheet;

    ReportSections(ReportInput in, ReportFigures figures) {
        this.in = in;
        this.figures = figures;
        this.sheet = in.datasheet();
    }

    void glance(Page page) {
        int percent = in.validation().completeness().map(Completeness::overallPercent).orElse(0);
        page.raw("<section id=\"glance\" aria-label=\"At a glance\"><div class=\"cards\">");
        card(page, "Files", esc(Markup.count(figures.files())));
        card(page, "Size", esc(Markup.bytes(figures.bytes())));
        card(page, "Datasheet complete", percent + "%");
        card(page, "Licence", esc(in.licences().declared()) + "<br>" + VerdictWords.badge(in.licences().overall()));
        card(page, "Access", esc(sheet.access().level()));
        card(page, "Privacy gate", privacyBadge());
        page.raw("</div></section>\n");
        page.fields(List.of(Field.text("DOI", sheet.doi().map(d -> "https://doi.org/" + d)),
                new Field("Creators", Optional.of(agents(sheet.creators())).filter(a -> !a.isEmpty())),
                Field.text("Publisher", organisation(sheet.publisher())),
                Field.list("Keywords", sheet.keywords()), Field.list("Profiles", sheet.profiles()),
                Field.text("Cite as", sheet.citeAs())));
    }

    private static void card(Page page, String key, String valueHtml) {
        page.raw("<div class=\"card\"><span class=\"k\">" + esc(key) + "</span><span class=\"v\">" + valueHtml + "</span></div>");
    }

    private String privacyBadge() {
        if (in.privacy().isEmpty()) {
            return "<span class=\"badge off\">turned off</span>";
        }
        Diagnostics d = in.privacy().get().diagnostics();
        return d.errorCount() > 0 ? "<span class=\"badge bad\">\u2717 refused</span>"
                : d.warningCount() > 0 ? "<span class=\"badge warn\">\u2713 passed, " + d.warningCount() + " warning(s)</span>"
                : "<span class=\"badge ok\">\u2713 passed</span>";
    }

    void completeness(Page page) {
        page.section("completeness", "Completeness of the datasheet");
        List<Bar> bars = new ArrayList<>();
        for (Completeness.Section s : figures.completeness()) {
            bars.add(new Bar(s.name(), s.percent(), s.filled() + " of " + s.total() + " (" + s.percent() + "%)"));
        }
        if (bars.isEmpty()) {
            page.note("No completeness figures: the datasheet check did not score this datasheet.");
        } else {
            page.para("How many of the fields the profiles " + String.join(", ", sheet.profiles())
                    + " ask for (required and recommended) each section fills in; "
                    + in.validation().completeness().get().overallPercent() + "% over all. The datasheet check found "
                    + in.validation().diagnostics().summary() + ".");
            page.figure(BarChart.figure("chart-completeness", "Completeness per section", bars, 100, "section", "fields filled"));
        }
        page.end();
    }

    void motivation(Page page) {
        page.section("motivation", "Motivation");
        sheet.motivation().ifPresentOrElse(m -> page.fields(List.of(Field.localized("Purpose", m.purpose()),
                Field.list("Tasks", m.tasks()), Field.localized("Creators' rationale", m.creatorsRationale()))),
                () -> page.note("The datasheet has no motivation section."));
        page.fields(List.of(Field.list("Funding", sheet.funding().stream()
                .map(f -> f.funderName() + f.awardNumber().map(n -> " (" + n + ")").orElse("")).toList())));
        page.end();
    }

    void composition(Page page) {
        new CompositionSection(in, figures).write(page);
    }

    void collection(Page page) {
        page.section("collection", "Collection process");
        sheet.collection().ifPresent(c -> page.fields(List.of(Field.list("Methods", c.methods()),
                Field.localized("Description", c.description()),
                Field.text("Timeframe", c.timeframe().map(t -> t.start().orElse("?") + " to " + t.end().orElse("open"))),
                Field.list("Geographic coverage", c.geographicCoverage()), Field.localized("Population", c.population()),
                Field.localized("Sampling", c.sampling()),
                Field.list("Instruments", c.instruments().stream()
                        .map(i -> i.manufacturer() + i.model().map(m -> " " + m).orElse("")).toList()))));
        if (figures.timeline().isEmpty()) {
            page.note("The datasheet gives no dates to draw on a timeline.");
        } else {
            page.figure(TimelineChart.of("chart-timeline", "Timeline of the collection and release", figures.timeline()));
        }
        page.end();
    }

    void preprocessing(Page page) {
        page.section("preprocessing", "Preprocessing and labelling");
        sheet.preprocessing().ifPresent(p -> page.fields(List.of(Field.localized("Steps", p.steps()),
                Field.yesNo("Raw data available", p.rawDataAvailable()), Field.localized("Raw data where", p.rawDataWhere()))));
        sheet.annotation().ifPresent(a -> page.fields(List.of(Field.localized("Annotation protocol", a.protocol()),
                Field.text("Annotators", a.annotators().flatMap(x -> x.type())),
                Field.text("Annotators per item", a.perItem().map(Object::toString)),
                Field.localized("Agreement", a.agreement()))));
        if (sheet.preprocessing().isEmpty() && sheet.annotation().isEmpty()) {
            page.note("The datasheet says nothing about preprocessing or labelling.");
        }
        page.end();
    }

    void licences(Page page) {
        page.section("licences", "Provenance and licences");
        page.fields(List.of(Field.text("Origin", sheet.provenance().origin()),
                Field.text("Declared licence", in.licences().declared()),
                new Field("Overall verdict", Optional.of(VerdictWords.badge(in.licences().overall()))),
                Field.text("Licence text", sheet.license().textFile()),
                Field.list("Per-path licences", sheet.license().files().stream()
                        .map(f -> String.join(" ", f.paths()) + ": " + f.spdx()).toList()),
                Field.text("SPDX License List", in.licences().spdxListVersion())));
        if (in.licences().sources().isEmpty()) {
            page.note("Original data: there are no upstream sources whose licences constrain this release.");
        } else {
            page.figure(LicenceGraph.of("chart-licences", "Licence graph: sources to the dataset", in.licences(),
                    sheet.title().english()));
        }
        if (in.gatesTurnedOff().contains("the licence check")) {
            page.raw("<p><span class=\"badge off\">turned off</span> The licence check was turned off by the user for this"
                    + " build: its verdicts did not stop the release.</p>");
        }
        page.end();
    }

    void privacy(Page page) {
        new PrivacySection(in).write(page);
    }

    void uses(Page page) {
        page.section("uses", "Uses");
        sheet.uses().ifPresentOrElse(u -> page.fields(List.of(Field.localized("Intended", u.intended()),
                Field.localized("Out of scope", u.outOfScope()), Field.localized("Limitations", u.limitations()),
                Field.localized("Biases", u.biases()), Field.localized("Social impact", u.socialImpact()))),
                () -> page.note("The datasheet has no uses section."));
        page.end();
    }

    void distribution(Page page) {
        page.section("distribution", "Distribution and maintenance");
        page.fields(List.of(Field.text("Access", sheet.access().level()),
                Field.text("Embargo until", sheet.access().embargoUntil()),
                Field.localized("Access conditions", sheet.access().conditions()),
                Field.text("Landing page", sheet.landingPage())));
        sheet.distribution().ifPresent(d -> page.fields(List.of(Field.text("Canonical URL", d.canonicalUrl()),
                Field.localized("Redistribution policy", d.redistributionPolicy()), Field.text("Status", d.status()),
                Field.list("Declared copies", d.mirrors().stream()
                        .map(m -> m.platform().map(p -> p + ": ").orElse("") + m.url()
                                + m.relation().map(r -> " (" + r + ")").orElse("")).toList()))));
        var m = sheet.maintenance();
        page.fields(List.of(Field.text("Maintainer", m.maintainer().name()), Field.text("Contact", m.contact()),
                Field.localized("Update plan", m.updatePlan()), Field.localized("Versioning", m.versioningPolicy()),
                Field.localized("Retention", m.retention()), Field.text("Errata", m.erratumUrl())));
        page.end();
    }

    void fixity(Page page) {
        page.section("fixity", "Files and checksums");
        var f = in.fixity();
        page.fields(List.of(Field.text("Payload files", Markup.count(figures.files())),
                Field.text("Payload size", Markup.bytes(figures.bytes()) + " (" + Markup.count(figures.bytes()) + " bytes)"),
                Field.text("Payload-Oxum", f.dataset().payloadOxum()),
                Field.list("Checksums", f.algorithms().stream().map(a -> a.bagitName()).toList()),
                Field.text("Manifest", f.algorithms().get(0).manifestFileName())));
        page.note("Every payload file is listed with its checksums in the bag's manifests; a copy of the data can be"
                + " checked against them with any BagIt tool or sha256sum -c.");
        page.end();
    }

    static String agents(List<Agent> agents) {
        List<String> out = new ArrayList<>();
        for (Agent a : agents) {
            String aff = a.affiliations().stream().map(Organisation::name).reduce((x, y) -> x + "; " + y).orElse("");
            out.add(esc(a.name()) + (aff.isEmpty() ? "" : " <span class=\"note\">(" + esc(aff) + ")</span>")
                    + a.orcid().map(o -> " <span class=\"note\">ORCID " + esc(o) + "</span>").orElse(""));
        }
        return String.join("<br>", out);
    }

    private static String organisation(Organisation o) {
        return o.name() + o.ror().map(r -> " (" + r + ")").orElse("");
    }
}
