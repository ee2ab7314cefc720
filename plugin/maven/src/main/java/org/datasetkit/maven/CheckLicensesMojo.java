package org.datasetkit.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.license.LicenseCheckResult;
import org.datasetkit.core.license.LicenseReportWriter;
import org.datasetkit.core.output.AtomicFile;

/**
 * Checks the dataset's licence against every upstream source it uses: the declared licence must be an SPDX
 * expression (the SPDX list bundled in the plugin; never fetched; {@code unknown}, {@code other}, {@code NOASSERTION}
 * fail), and for each source the rules of its {@code use} (copy, collect, adapt, reference) decide COMPATIBLE,
 * COMPATIBLE_WITH_OBLIGATIONS, REVIEW or INCOMPATIBLE, with the reason and a fix. REVIEW and INCOMPATIBLE fail the
 * build unless a REVIEW is accepted by a recorded {@code licenseReview}. Writes {@code target/dataset/licenses.json}
 * and the NOTICE the bundle carries.
 */
@Mojo(name = "check-licenses", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public class CheckLicensesMojo extends AbstractDatasetMojo {

    /** Skip this goal. */
    @Parameter(property = "dataset.licenses.skip", defaultValue = "false")
    private boolean skipLicenses;

    @Inject
    public CheckLicensesMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected void run() throws IOException, MojoFailureException {
        Datasheet sheet = requireDatasheet();
        LicenseCheckResult result = checkLicenses(sheet);
        DiagnosticLog.print(getLog(), result.diagnostics());
        new LicenseReportWriter().write(workDirectory().resolve("licenses.json"), result);
        AtomicFile.write(workDirectory().resolve("NOTICE"), result.notice().getBytes(StandardCharsets.UTF_8));
        failIf(result.diagnostics(), "The licences are not in order");
        getLog().info("Licence " + result.declared() + " (SPDX License List " + result.spdxListVersion() + "): "
                + result.overall() + " with " + result.sources().size() + " upstream source(s); "
                + result.diagnostics().summary());
    }

    @Override
    protected String goal() {
        return "check-licenses";
    }

    @Override
    protected boolean goalSkipped() {
        return skipLicenses;
    }

    @Override
    protected String goalSkipProperty() {
        return "dataset.licenses.skip";
    }
}
