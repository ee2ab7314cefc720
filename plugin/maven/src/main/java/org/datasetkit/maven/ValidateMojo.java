package org.datasetkit.maven;

import java.io.IOException;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.build.DatasetBuild;
import org.datasetkit.core.datasheet.Completeness;
import org.datasetkit.core.datasheet.ValidationResult;
import org.datasetkit.core.diag.DatasetException;

/**
 * Validates the datasheet: strict YAML/JSON reading, the datasheet JSON Schema, the rules a schema cannot express,
 * the obligations of the selected profiles (core, medical, snd: MUST is an error, SHOULD a warning), and what the
 * bundle will require of it (the BagIt profile's bag-info fields, a fixed time for the entries). Every problem is
 * printed as {@code datasheet.yaml:line:col: error [code] message (hint: fix)}, with a completeness table, and
 * written to {@code target/dataset/report.json} and {@code report.sarif}.
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractPipelineMojo {

    /**
     * Skip this goal. The datasheet is still validated by any later goal that needs it: a bundle is only ever made
     * from a valid datasheet.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.validate.skip", defaultValue = "false")
    private boolean skipValidate;

    @Inject
    public ValidateMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected void run() throws IOException, DatasetException, MojoFailureException {
        long started = System.nanoTime();
        DatasetBuild build = pipeline();
        ValidationResult result = build.validation();
        result.completeness().ifPresent(this::logCompleteness);
        build.datasheet(); // refuses an invalid one
        getLog().info("Datasheet valid (" + (System.nanoTime() - started) / 1_000_000 + " ms): "
                + result.diagnostics().summary());
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
}
