package org.datasetkit.core.bag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.datasetkit.core.diag.Diagnostic;

/**
 * The findings of one verification, at most {@link #PER_CODE} of each kind: a hostile manifest listing millions of
 * missing files must not fill the heap with errors, and a hundred say enough. The rest are counted and summed up.
 */
final class BagFindings {

    static final int PER_CODE = 100;

    private final String bagName;
    private final List<Diagnostic> kept = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Diagnostic> firstLeftOut = new TreeMap<>();

    BagFindings(String bagName) {
        this.bagName = bagName;
    }

    void add(Diagnostic d) {
        int n = counts.merge(d.code(), 1, Integer::sum);
        if (n <= PER_CODE) {
            kept.add(d);
        } else {
            firstLeftOut.putIfAbsent(d.code(), d);
        }
    }

    void addAll(List<Diagnostic> all) {
        all.forEach(this::add);
    }

    /** An error about a file of the bag ({@code path} relative to it; empty for the bag itself). */
    void error(String code, String path, String message, String hint) {
        add(Diagnostic.error(code, file(path), message, hint));
    }

    /** An error at a line of a tag file, not yet added. */
    Diagnostic errorAt(String code, String path, int line, String message, String hint) {
        return Diagnostic.error(code, file(path), message, hint).at(line, 0);
    }

    void warning(String code, String path, String message, String hint) {
        add(Diagnostic.warning(code, file(path), message, hint));
    }

    private String file(String path) {
        return path.isEmpty() ? bagName : bagName + "/" + path;
    }

    /** Every finding kept, with one line per kind that had more than were kept. */
    List<Diagnostic> all() {
        List<Diagnostic> all = new ArrayList<>(kept);
        firstLeftOut.forEach((code, d) -> all.add(new Diagnostic(d.severity(), code, bagName, 0, 0, "",
                "and " + (counts.get(code) - PER_CODE) + " more like the " + PER_CODE + " above, not listed", d.hint())));
        return all;
    }
}
