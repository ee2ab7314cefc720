package org.datasetkit.core.diag;

import java.io.IOException;
import java.nio.file.Path;
import tools.jackson.databind.node.ObjectNode;

/** Writes findings as deterministic JSON ({@code target/dataset/report.json}) for CI and code-scanning tools. */
public final class ReportWriter {

    /** Writes the findings of one stage; the same input always gives the same bytes. */
    public void write(Path target, String stage, Diagnostics diagnostics) throws IOException {
        write(target, stage, diagnostics, java.util.Map.of());
    }

    /**
     * Writes the findings of one stage and a completeness table (section to filled/total), deterministically.
     */
    public void write(Path target, String stage, Diagnostics diagnostics, java.util.Map<String, int[]> completeness)
            throws IOException {
        write(target, stage, diagnostics, completeness, SeverityOverrides.NONE);
    }

    /**
     * As above, recording the severities the user chose: a lowered error must not read as a finding that never was.
     */
    public void write(Path target, String stage, Diagnostics diagnostics, java.util.Map<String, int[]> completeness,
            SeverityOverrides severities) throws IOException {
        ObjectNode root = JsonReport.object();
        root.put("tool", "datasetkit");
        root.put("stage", stage);
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", diagnostics.errorCount());
        summary.put("warnings", diagnostics.warningCount());
        if (!completeness.isEmpty()) {
            ObjectNode table = root.putObject("completeness");
            new java.util.TreeMap<>(completeness).forEach((section, c) -> {
                ObjectNode n = table.putObject(section);
                n.put("filled", c[0]);
                n.put("total", c[1]);
            });
        }
        if (!severities.isEmpty()) {
            ObjectNode chosen = root.putObject("severityOverrides");
            severities.levels().forEach((code, level) -> chosen.put(code, level.label()));
        }
        JsonReport.diagnostics(root, "diagnostics", diagnostics);
        JsonReport.write(target, root);
    }
}
