package org.datasetkit.core.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** An immutable, ordered list of findings with the counts a build decision needs. */
public record Diagnostics(List<Diagnostic> all) {

    /** File, then position, then code: the order a reader fixes them in. */
    private static final Comparator<Diagnostic> READING_ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostics {
        all = List.copyOf(all);
    }

    public static Diagnostics none() {
        return new Diagnostics(List.of());
    }

    public static Diagnostics of(Diagnostic... diagnostics) {
        return new Diagnostics(List.of(diagnostics));
    }

    /** Sorted in reading order, so repeated runs print and report identically. */
    public static Diagnostics sorted(Collection<Diagnostic> diagnostics) {
        List<Diagnostic> list = new ArrayList<>(diagnostics);
        list.sort(READING_ORDER);
        return new Diagnostics(list);
    }

    public Diagnostics plus(Diagnostics other) {
        List<Diagnostic> list = new ArrayList<>(all);
        list.addAll(other.all);
        return new Diagnostics(list);
    }

    public long count(Severity severity) {
        return all.stream().filter(d -> d.severity() == severity).count();
    }

    public long errorCount() {
        return count(Severity.ERROR);
    }

    public long warningCount() {
        return count(Severity.WARNING);
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** Whether these findings fail a build under the given policy. */
    public boolean failUnder(FailurePolicy policy) {
        return hasErrors() || (policy == FailurePolicy.WARNING && warningCount() > 0);
    }

    /** "2 errors, 1 warning" (or "no problems"). */
    public String summary() {
        long errors = errorCount();
        long warnings = warningCount();
        if (errors == 0 && warnings == 0) {
            return "no problems";
        }
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long n, String word) {
        return String.format(Locale.ROOT, "%,d %s%s", n, word, n == 1 ? "" : "s");
    }
}
