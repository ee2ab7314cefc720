package org.datasetkit.maven;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;
import org.datasetkit.core.build.BuildListener;
import org.datasetkit.core.build.Stage;
import org.datasetkit.core.diag.Diagnostics;

/** The stage runner's findings and lines, in Maven's log. */
final class MavenBuildLog implements BuildListener {

    private final Log log;

    MavenBuildLog(Log log) {
        this.log = log;
    }

    @Override
    public void findings(Stage stage, Diagnostics diagnostics, Optional<Path> fullList) {
        DiagnosticLog.print(log, diagnostics, fullList.map(Path::toString).orElse(null));
    }

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }
}
