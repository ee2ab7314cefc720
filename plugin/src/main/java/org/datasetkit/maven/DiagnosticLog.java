package org.datasetkit.maven;

import org.apache.maven.plugin.logging.Log;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;

/** Prints findings compiler style, one line each, at the level their severity calls for. */
final class DiagnosticLog {

    private DiagnosticLog() {}

    static void print(Log log, Diagnostics diagnostics) {
        for (Diagnostic d : diagnostics.all()) {
            switch (d.severity()) {
                case ERROR -> log.error(d.format());
                case WARNING -> log.warn(d.format());
                default -> log.info(d.format());
            }
        }
    }
}
