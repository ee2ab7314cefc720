package org.datasetkit.core.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.datasetkit.core.datasheet.Completeness;
import org.datasetkit.core.datasheet.Composition;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.privacy.ImagingCounts;

/**
 * The numbers behind every chart of the report, computed once from the stages' results; the charts only draw them,
 * and the tests check them here.
 *
 * @param files payload files
 * @param bytes payload bytes
 * @param filesByFormat files per file name extension
 * @param bytesByFormat bytes per file name extension
 * @param filesByFolder files per folder, two levels deep
 * @param bytesByFolder bytes per folder, two levels deep
 * @param modality DICOM images per modality (empty when no header was read)
 * @param view DICOM images per view position
 * @param laterality DICOM images per laterality
 * @param labels rows of the label table per label
 * @param splits rows of the label table per split
 * @param labelsBySplit per split, rows per label (the stacked chart)
 * @param undeclaredLabels labels the table holds that {@code composition.labels.classes} does not list
 * @param timeline the dated events of the datasheet, earliest first
 * @param completeness the datasheet's sections, how many of the fields the profiles ask for are filled
 */
public record ReportFigures(long files, long bytes, Tally filesByFormat, Tally bytesByFormat, Tally filesByFolder,
        Tally bytesByFolder, Tally modality, Tally view, Tally laterality, Tally labels, Tally splits,
        Map<String, Tally> labelsBySplit, List<String> undeclaredLabels, List<TimelineEvent> timeline,
        List<Completeness.Section> completeness) {

    /** A dated event; {@code end} is empty for a single day, {@code kind} groups its colour and legend. */
    public record TimelineEvent(String label, String kind, LocalDate start, Optional<LocalDate> end) {}

    static final String NO_EXTENSION = "(no extension)";
    static final String TOP_LEVEL = "(top level)";

    public static ReportFigures of(ReportInput in) {
        Map<String, Long> fFormat = new TreeMap<>();
        Map<String, Long> bFormat = new TreeMap<>();
        Map<String, Long> fFolder = new TreeMap<>();
        Map<String, Long> bFolder = new TreeMap<>();
        long bytes = 0;
        for (DatasetFile f : in.fixity().dataset().files()) {
            String format = format(f.path());
            String folder = folder(f.path());
            fFormat.merge(format, 1L, Long::sum);
            bFormat.merge(format, f.size(), Long::sum);
            fFolder.merge(folder, 1L, Long::sum);
            bFolder.merge(folder, f.size(), Long::sum);
            bytes += f.size();
        }
        ImagingCounts imaging = in.privacy().map(p -> p.imaging()).orElse(ImagingCounts.none());
        Optional<LabelCounts> labels = in.labels();
        Map<String, Tally> bySplit = new LinkedHashMap<>();
        labels.ifPresent(l -> l.bySplitAndLabel().forEach((split, counts) -> bySplit.put(split, Tally.of(counts, "rows"))));
        return new ReportFigures(in.fixity().dataset().files().size(), bytes, Tally.of(fFormat, "files"),
                Tally.of(bFormat, "bytes"), Tally.of(fFolder, "files"), Tally.of(bFolder, "bytes"),
                Tally.of(widen(imaging.byModality()), "images"), Tally.of(widen(imaging.byView()), "images"),
                Tally.of(widen(imaging.byLaterality()), "images"),
                labels.map(l -> Tally.of(l.byLabel(), "rows", 16, false)).orElse(Tally.of(Map.of(), "rows")),
                labels.map(l -> Tally.of(l.bySplit(), "rows", 12, true)).orElse(Tally.of(Map.of(), "rows")),
                bySplit, undeclared(in.datasheet(), labels), timeline(in.datasheet()),
                in.validation().completeness().map(Completeness::sections).orElse(List.of()));
    }

    /** The lower-cased extension of the file name ({@code .tar.gz} and {@code .nii.gz} as one). */
    static String format(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        for (String twoPart : List.of(".tar.gz", ".nii.gz")) {
            if (name.endsWith(twoPart) && name.length() > twoPart.length()) {
                return twoPart.substring(1);
            }
        }
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? NO_EXTENSION : name.substring(dot + 1);
    }

    /** The folder a file is in, at most two levels deep: {@code data/images} for {@code data/images/p1/a.dcm}. */
    static String folder(String path) {
        String[] parts = path.split("/");
        if (parts.length == 1) {
            return TOP_LEVEL;
        }
        return parts.length == 2 ? parts[0] : parts[0] + "/" + parts[1];
    }

    private static Map<String, Long> widen(Map<String, Integer> counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.longValue()));
        return out;
    }

    private static List<String> undeclared(Datasheet sheet, Optional<LabelCounts> labels) {
        List<String> classes = sheet.composition().flatMap(Composition::labels).map(Composition.Labels::classes)
                .orElse(List.of());
        if (classes.isEmpty() || labels.isEmpty()) {
            return List.of();
        }
        return labels.get().byLabel().keySet().stream().filter(l -> !classes.contains(l)).sorted().toList();
    }

    static List<TimelineEvent> timeline(Datasheet sheet) {
        List<TimelineEvent> out = new ArrayList<>();
        sheet.collection().flatMap(c -> c.timeframe()).ifPresent(t -> add(out, "Collection period", "collection",
                t.start().or(t::end), t.end()));
        for (var a : sheet.provenance().activities()) {
            add(out, capitalised(a.type()), a.type(), a.start().or(a::end), a.end());
        }
        sheet.ethics().ifPresent(e -> e.approvals().forEach(ap -> add(out, "Ethics approval: " + ap.body(), "ethics",
                ap.date(), Optional.empty())));
        for (var s : sheet.sources()) {
            add(out, "Retrieved: " + s.title(), "source", s.retrievedOn(), Optional.empty());
        }
        add(out, "Created", "release", sheet.dateCreated(), Optional.empty());
        add(out, "Published (version " + sheet.version() + ")", "release", sheet.datePublished(), Optional.empty());
        add(out, "Embargo ends", "release", sheet.access().embargoUntil(), Optional.empty());
        out.sort(Comparator.comparing(TimelineEvent::start).thenComparing(TimelineEvent::label));
        return out;
    }

    private static void add(List<TimelineEvent> out, String label, String kind, Optional<String> start,
            Optional<String> end) {
        Optional<LocalDate> s = start.flatMap(ReportFigures::date);
        if (s.isPresent()) {
            Optional<LocalDate> e = end.flatMap(ReportFigures::date).filter(d -> !d.equals(s.get()));
            out.add(new TimelineEvent(label, kind, s.get(), e));
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // validation refuses such dates; a report does not fail on one
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
