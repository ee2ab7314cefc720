package org.datasetkit.maven;

import java.io.IOException;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.datasheet.ValidationResult;
import org.datasetkit.core.diag.ReportWriter;

/**
 * Validates the datasheet: strict YAML/JSON reading, the datasheet JSON Schema, and the rules a schema cannot
 * express. Every problem is printed as {@code datasheet.yaml:line:col: error [code] message (hint: fix)} and
 * written to {@code target/dataset/report.json}.
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
        ValidationResult result = validateDatasheet();
        DiagnosticLog.print(getLog(), result.diagnostics());
        new ReportWriter().write(workDirectory().resolve("report.json"), "validate", result.diagnostics());
        failIf(result.diagnostics(), "The datasheet is not valid");
        getLog().info("Datasheet valid: " + result.diagnostics().summary());
        result.datasheet().ifPresent(d -> StageResults.put(project, StageResults.DATASHEET, d));
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
