package org.datasetkit.maven;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.logging.Log;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;

/**
 * Prints findings compiler style, one line each, at the level their severity calls for. Like javac's error limit, a
 * finding that repeats over many files (twenty thousand DICOM files without a header, say) is shown a few times and
 * then counted, so the build log stays readable; {@code -X} shows every line.
 */
final class DiagnosticLog {

    /** Lines shown per finding code before the rest are only counted. */
    static final int SHOWN_PER_CODE = 20;

    private DiagnosticLog() {}

    static void print(Log log, Diagnostics diagnostics) {
        print(log, diagnostics, null);
    }

    /** As {@link #print(Log, Diagnostics)}, naming {@code report} as the place that lists every finding. */
    static void print(Log log, Diagnostics diagnostics, String report) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, Diagnostic> firstOf = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics.all()) {
            int n = seen.merge(d.code(), 1, Integer::sum);
            firstOf.putIfAbsent(d.code(), d);
            if (n <= SHOWN_PER_CODE || log.isDebugEnabled()) {
                line(log, d, d.format());
            }
        }
        seen.forEach((code, n) -> {
            if (n > SHOWN_PER_CODE && !log.isDebugEnabled()) {
                line(log, firstOf.get(code), String.format(Locale.ROOT, "... and %,d more [%s] like the above (%s)",
                        n - SHOWN_PER_CODE, code, report == null ? "-X lists them all" : "all of them in " + report));
            }
        });
    }

    private static void line(Log log, Diagnostic d, String text) {
        switch (d.severity()) {
            case ERROR -> log.error(text);
            case WARNING -> log.warn(text);
            default -> log.info(text);
        }
    }
}
