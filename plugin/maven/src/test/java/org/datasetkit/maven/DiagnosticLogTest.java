package org.datasetkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class DiagnosticLogTest {

    /** Keeps every line with its level. */
    private static final class RecordingLog implements Log {
        final List<String> lines = new ArrayList<>();
        final boolean debug;

        RecordingLog(boolean debug) {
            this.debug = debug;
        }

        @Override public boolean isDebugEnabled() { return debug; }
        @Override public void debug(CharSequence c) { lines.add("DEBUG " + c); }
        @Override public void debug(CharSequence c, Throwable t) { debug(c); }
        @Override public void debug(Throwable t) { debug(t.toString()); }
        @Override public boolean isInfoEnabled() { return true; }
        @Override public void info(CharSequence c) { lines.add("INFO " + c); }
        @Override public void info(CharSequence c, Throwable t) { info(c); }
        @Override public void info(Throwable t) { info(t.toString()); }
        @Override public boolean isWarnEnabled() { return true; }
        @Override public void warn(CharSequence c) { lines.add("WARN " + c); }
        @Override public void warn(CharSequence c, Throwable t) { warn(c); }
        @Override public void warn(Throwable t) { warn(t.toString()); }
        @Override public boolean isErrorEnabled() { return true; }
        @Override public void error(CharSequence c) { lines.add("ERROR " + c); }
        @Override public void error(CharSequence c, Throwable t) { error(c); }
        @Override public void error(Throwable t) { error(t.toString()); }
    }

    private static Diagnostics manyAndOne() {
        List<Diagnostic> all = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            all.add(Diagnostic.error("privacy.unreadable-dicom", String.format("img-%04d.dcm", i), "cannot be read as DICOM",
                    "re-export it"));
        }
        all.add(Diagnostic.warning("dataset.empty-folder", "empty/", "is empty", "delete it"));
        return Diagnostics.sorted(all);
    }

    @Test
    void aFindingRepeatedOverManyFilesIsShownAFewTimesThenCounted() {
        RecordingLog log = new RecordingLog(false);

        DiagnosticLog.print(log, manyAndOne(), "target/dataset/privacy.json");

        assertThat(log.lines).hasSize(DiagnosticLog.SHOWN_PER_CODE + 2);
        assertThat(log.lines.get(0)).startsWith("WARN empty/: warning [dataset.empty-folder]");
        assertThat(log.lines.get(1)).startsWith("ERROR img-0000.dcm: error [privacy.unreadable-dicom]");
        assertThat(log.lines).last().isEqualTo(
                "ERROR ... and 980 more [privacy.unreadable-dicom] like the above (all of them in target/dataset/privacy.json)");
    }

    @Test
    void withoutAReportTheLineSaysHowToSeeThemAllAndDebugShowsEveryOne() {
        RecordingLog quiet = new RecordingLog(false);
        RecordingLog debug = new RecordingLog(true);

        DiagnosticLog.print(quiet, manyAndOne());
        DiagnosticLog.print(debug, manyAndOne());

        assertThat(quiet.lines).last().asString().endsWith("like the above (-X lists them all)");
        assertThat(debug.lines).hasSize(1001).noneMatch(l -> l.contains("more ["));
    }

    @Test
    void fewFindingsAreAllShown() {
        RecordingLog log = new RecordingLog(false);

        DiagnosticLog.print(log, Diagnostics.of(Diagnostic.error("a.b", "x", "m", "f"), Diagnostic.warning("c.d", "y", "m", "f")));

        assertThat(log.lines).containsExactly("ERROR x: error [a.b] m (hint: f)", "WARN y: warning [c.d] m (hint: f)");
    }
}
