package org.datasetkit.core.report;

import static org.datasetkit.core.report.Markup.esc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.datasheet.Composition;
import org.datasetkit.core.privacy.ImagingCounts;
import org.datasetkit.core.report.Page.Field;

/** What the dataset consists of: the datasheet's words, then the files, the images and the labels as charts. */
final class CompositionSection {

    private final ReportInput in;
    private final ReportFigures figures;

    CompositionSection(ReportInput in, ReportFigures figures) {
        this.in = in;
        this.figures = figures;
    }

    void write(Page page) {
        page.section("composition", "Composition");
        Optional<Composition> c = in.datasheet().composition();
        c.ifPresent(x -> page.fields(List.of(Field.localized("Instances", x.instanceDescription()),
                Field.text("Instances declared", x.instanceCount().map(Markup::count)),
                Field.list("Modalities declared", x.modalities()), Field.list("Kinds of data", x.dataKinds()),
                Field.localized("Missing data", x.missingData()), Field.localized("Errors and noise", x.errorsNoise()),
                Field.localized("External resources", x.externalResources()),
                Field.list("Subpopulation attributes", x.subpopulations().map(s -> s.attributes()).orElse(List.of())),
                Field.localized("Subpopulations", x.subpopulations().flatMap(s -> s.distribution())))));
        files(page);
        images(page);
        labels(page, c.flatMap(Composition::labels), c.map(Composition::splits).orElse(List.of()));
        page.end();
    }

    private void files(Page page) {
        page.h3("Files");
        page.para(Markup.count(figures.files()) + " payload files, " + Markup.bytes(figures.bytes())
                + ", by format (file name extension) and by folder.");
        page.figure(BarChart.of("chart-files-format", "Files by format", figures.filesByFormat(), "format"));
        page.figure(BarChart.of("chart-bytes-format", "Bytes by format", figures.bytesByFormat(), "format"));
        page.figure(BarChart.of("chart-files-folder", "Files by folder", figures.filesByFolder(), "folder"));
        page.figure(BarChart.of("chart-bytes-folder", "Bytes by folder", figures.bytesByFolder(), "folder"));
    }

    private void images(Page page) {
        page.h3("Images by modality, view and laterality");
        if (in.privacy().isEmpty()) {
            page.note("The privacy gate was turned off, so no DICOM header was read: there are no image counts.");
            return;
        }
        ImagingCounts imaging = in.privacy().get().imaging();
        if (imaging.headers() == 0) {
            page.note("The dataset has no DICOM files whose headers could be read: there are no image counts.");
            return;
        }
        page.para("From the headers of the " + Markup.count(imaging.headers()) + " DICOM files the privacy gate read"
                + " (Modality, View Position, and Image Laterality or Laterality); \"" + ImagingCounts.NOT_STATED
                + "\" counts headers that leave the attribute empty.");
        page.figure(BarChart.of("chart-modality", "DICOM images by modality", figures.modality(), "modality"));
        page.figure(BarChart.of("chart-view", "DICOM images by view", figures.view(), "view position"));
        page.figure(BarChart.of("chart-laterality", "DICOM images by laterality", figures.laterality(), "laterality"));
    }

    private void labels(Page page, Optional<Composition.Labels> labels, List<Composition.Split> splits) {
        page.h3("Labels and splits");
        labels.ifPresent(l -> page.fields(List.of(Field.localized("Labels", l.description()),
                Field.localized("Source of the labels", l.source()), Field.list("Classes declared", l.classes()),
                Field.text("Label table", l.table().map(t -> t.path() + " (column " + t.labelColumn()
                        + t.splitColumn().map(s -> ", split column " + s).orElse("") + ")")))));
        Optional<LabelCounts> counts = in.labels();
        if (counts.isEmpty()) {
            page.note("The datasheet names no label table (composition.labels.file), so the labels are not counted.");
            declaredSplits(page, splits);
            return;
        }
        page.para(Markup.count(counts.get().rows()) + " rows in " + counts.get().path() + ".");
        page.figure(BarChart.of("chart-labels", "Rows by label (" + counts.get().labelColumn() + ")", figures.labels(), "label"));
        if (!figures.undeclaredLabels().isEmpty()) {
            page.raw("<p><span class=\"badge warn\">note</span> The table holds labels the datasheet does not list under"
                    + " composition.labels.classes: " + esc(String.join(", ", figures.undeclaredLabels())) + ".</p>");
        }
        if (counts.get().splitColumn().isPresent()) {
            page.figure(BarChart.of("chart-splits", "Rows by split (" + counts.get().splitColumn().get() + ")",
                    figures.splits(), "split"));
            page.figure(StackedBarChart.of("chart-labels-by-split", "Labels within each split", figures.labelsBySplit()));
            compareSplits(page, splits, counts.get());
        } else {
            declaredSplits(page, splits);
        }
    }

    /** The splits the datasheet declares with a count, drawn from the datasheet alone. */
    private static void declaredSplits(Page page, List<Composition.Split> splits) {
        Map<String, Long> declared = new LinkedHashMap<>();
        splits.forEach(s -> s.count().ifPresent(n -> declared.put(s.name(), n)));
        if (!declared.isEmpty()) {
            page.figure(BarChart.of("chart-splits", "Splits as the datasheet declares them",
                    Tally.of(declared, "items", 12, true), "split"));
        }
    }

    /** Declared split sizes beside the table's, so a stale datasheet shows. */
    private static void compareSplits(Page page, List<Composition.Split> splits, LabelCounts counts) {
        List<Composition.Split> withCount = splits.stream().filter(s -> s.count().isPresent()).toList();
        if (withCount.isEmpty()) {
            return;
        }
        StringBuilder t = new StringBuilder("<table class=\"data\"><caption>Declared split sizes and the table's</caption>"
                + "<thead><tr><th scope=\"col\">split</th><th scope=\"col\">declared</th><th scope=\"col\">in the table</th>"
                + "</tr></thead><tbody>");
        for (Composition.Split s : withCount) {
            long found = counts.bySplit().getOrDefault(s.name(), 0L);
            boolean same = found == s.count().get();
            t.append("<tr><th scope=\"row\">").append(esc(s.name())).append("</th><td class=\"n\">")
                    .append(Markup.count(s.count().get())).append("</td><td class=\"n\">").append(Markup.count(found))
                    .append(same ? "" : " <span class=\"badge warn\">differs</span>").append("</td></tr>");
        }
        page.raw(t.append("</tbody></table>\n").toString());
    }
}
