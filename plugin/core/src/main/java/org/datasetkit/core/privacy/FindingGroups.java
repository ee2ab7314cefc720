package org.datasetkit.core.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;

/**
 * Findings as a person reads them: those about the same attribute with the same code (Patient's Name in 20,000
 * DICOM files, column 3 of a table in 40 files) become one line with the count and the first files; the groups are
 * printed smallest first, so the outlier — the one file unlike the others — comes before the bulk. Findings that
 * say where they stand only by line (a cell, a line of a readme) are kept as they are. The report keeps every one.
 */
final class FindingGroups {

    /** Files a grouped line names before it only counts. */
    static final int FILES_NAMED = 3;

    private FindingGroups() {}

    static Diagnostics of(Diagnostics findings) {
        Map<String, List<Diagnostic>> groups = new LinkedHashMap<>();
        for (Diagnostic d : findings.all()) {
            String key = d.pointer().isEmpty() ? "\0" + groups.size() : d.severity() + " " + d.code() + " " + d.pointer();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        List<List<Diagnostic>> ordered = new ArrayList<>(groups.values());
        // stable: groups of one size keep reading order
        ordered.sort(Comparator.comparingInt((List<Diagnostic> g) -> files(g).size()));
        List<Diagnostic> out = new ArrayList<>();
        for (List<Diagnostic> g : ordered) {
            out.add(g.size() == 1 ? g.get(0) : merged(g));
        }
        return new Diagnostics(out);
    }

    private static Set<String> files(List<Diagnostic> group) {
        Set<String> files = new LinkedHashSet<>();
        group.forEach(d -> files.add(d.file()));
        return files;
    }

    private static Diagnostic merged(List<Diagnostic> group) {
        Diagnostic first = group.get(0);
        Set<String> files = files(group);
        List<String> named = files.stream().limit(FILES_NAMED).toList();
        String where = files.size() == 1 ? String.format(Locale.ROOT, " [%,d times in this file]", group.size())
                : String.format(Locale.ROOT, " [the same in %,d files%s: %s%s]", files.size(),
                        group.size() > files.size() ? String.format(Locale.ROOT, ", %,d times", group.size()) : "",
                        String.join(", ", named), files.size() > FILES_NAMED ? ", ..." : "");
        return new Diagnostic(first.severity(), first.code(), first.file(), first.line(), first.column(), first.pointer(),
                first.message() + where, first.hint());
    }
}
