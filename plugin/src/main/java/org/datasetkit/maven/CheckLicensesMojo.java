package org.datasetkit.maven;

import java.io.IOException;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.license.LicenseCheckResult;
import org.datasetkit.core.license.LicenseChecker;
import org.datasetkit.core.license.LicenseReportWriter;
import org.datasetkit.core.license.SpdxLicenseList;

/**
 * Checks the dataset's licence and every upstream source's licence: each must be an SPDX expression of listed
 * ids or {@code LicenseRef-}s (the SPDX list bundled in the plugin; never fetched). {@code unknown}, {@code other},
 * {@code NOASSERTION} and {@code NONE} fail. Results go to {@code target/dataset/licenses.json}.
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
        LicenseCheckResult result = new LicenseChecker(new SpdxLicenseList()).check(sheet);
        DiagnosticLog.print(getLog(), result.diagnostics());
        new LicenseReportWriter().write(workDirectory().resolve("licenses.json"), result);
        failIf(result.diagnostics(), "The licences are not in order");
        getLog().info("Licence " + result.declared() + " (SPDX License List " + result.spdxListVersion() + "), "
                + result.sources().size() + " upstream source(s): " + result.diagnostics().summary());
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
