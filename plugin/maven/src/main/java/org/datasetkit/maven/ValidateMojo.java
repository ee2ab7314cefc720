package org.datasetkit.maven;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.datasheet.ValidationResult;
import org.datasetkit.core.datasheet.Completeness;
import org.datasetkit.core.diag.ReportWriter;
import org.datasetkit.core.diag.SarifWriter;

/**
 * Validates the datasheet: strict YAML/JSON reading, the datasheet JSON Schema, the rules a schema cannot express,
 * and the obligations of the selected profiles (core, medical, snd: MUST is an error, SHOULD a warning). Every
 * problem is printed as {@code datasheet.yaml:line:col: error [code] message (hint: fix)}, with a completeness table,
 * and written to {@code target/dataset/report.json} and {@code report.sarif}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractDatasetMojo {

    /** Skip this goal. */
    @Parameter(property = "dataset.validate.skip", defaultValue = "false")
    private boolean skipValidate;

    @Inject
    public ValidateMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected void run() throws IOException, MojoFailureException {
        long started = System.nanoTime();
        ValidationResult result = validateDatasheet();
        long millis = (System.nanoTime() - started) / 1_000_000;
        DiagnosticLog.print(getLog(), result.diagnostics());
        Map<String, int[]> table = new LinkedHashMap<>();
        result.completeness().ifPresent(c -> {
            c.sections().forEach(s -> table.put(s.name(), new int[] {s.filled(), s.total()}));
            logCompleteness(c);
        });
        new ReportWriter().write(workDirectory().resolve("report.json"), "validate", result.diagnostics(), table);
        new SarifWriter().write(workDirectory().resolve("report.sarif"), pluginVersion(), result.diagnostics());
        failIf(result.diagnostics(), "The datasheet is not valid");
        getLog().info("Datasheet valid (" + millis + " ms): " + result.diagnostics().summary());
        result.datasheet().ifPresent(d -> StageResults.put(project, StageResults.DATASHEET, d));
    }

    private void logCompleteness(Completeness c) {
        getLog().info("Completeness of the datasheet for its profiles: " + c.overallPercent() + "%");
        for (Completeness.Section s : c.sections()) {
            getLog().info(String.format(Locale.ROOT, "  %-22s %3d%%  (%d of %d)", s.name(), s.percent(), s.filled(), s.total()));
        }
    }

    @Override
    protected String goal() {
        return "validate";
    }

    @Override
    protected boolean goalSkipped() {
        return skipValidate;
    }

    @Override
    protected String goalSkipProperty() {
        return "dataset.validate.skip";
    }
}
