package org.datasetkit.core.build;

import java.nio.file.Path;
import java.util.Optional;
import org.datasetkit.core.diag.Diagnostics;

/**
 * Where a build tells its front end what happened, once per stage that ran (a reused stage says nothing again):
 * the front end decides how a finding or a line looks (Maven's log, a terminal, an IDE).
 */
public interface BuildListener {

    /**
     * The findings of a stage that just ran.
     *
     * @param fullList the report that lists every finding, for a front end that shortens long lists
     */
    void findings(Stage stage, Diagnostics diagnostics, Optional<Path> fullList);

    /** A line for the user: a summary, progress, a skipped gate. */
    void info(String line);

    /** A line the user should not miss, such as a gate the user turned off. */
    void warn(String line);

    /** A listener that drops everything, for callers that only want the results. */
    BuildListener SILENT = new BuildListener() {
        @Override
        public void findings(Stage stage, Diagnostics diagnostics, Optional<Path> fullList) {}

        @Override
        public void info(String line) {}

        @Override
        public void warn(String line) {}
    };
}
