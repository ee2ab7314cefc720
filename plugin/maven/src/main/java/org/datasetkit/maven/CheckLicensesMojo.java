package org.datasetkit.maven;

import java.io.IOException;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.diag.DatasetException;

/**
 * Checks the dataset's licence against every upstream source it uses: the declared licence must be an SPDX
 * expression (the SPDX list bundled in the plugin; never fetched; {@code unknown}, {@code other}, {@code NOASSERTION}
 * fail), and for each source the rules of its {@code use} (copy, collect, adapt, reference) decide COMPATIBLE,
 * COMPATIBLE_WITH_OBLIGATIONS, REVIEW or INCOMPATIBLE, with the reason and a fix. REVIEW and INCOMPATIBLE fail the
 * build unless a REVIEW is accepted by a recorded {@code licenseReview}. Validates the datasheet first. Writes
 * {@code target/dataset/licenses.json} and the NOTICE the bundle carries.
 *
 * @since 0.1.0
 */
@Mojo(name = "check-licenses", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public class CheckLicensesMojo extends AbstractLicenceGateMojo {

    @Inject
    public CheckLicensesMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected void run() throws IOException, DatasetException, MojoFailureException {
        pipeline().licences();
    }

    @Override
    protected String goal() {
        return "check-licenses";
    }

    @Override
    protected boolean goalSkipped() {
        return licenceGateOff();
    }
}
