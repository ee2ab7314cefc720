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
 * The privacy gate: refuses a dataset whose files contradict what its datasheet says about personal data.
 * DICOM headers (read up to the pixel data) are checked against the identifying attributes of DICOM PS3.15 Annex E,
 * every person name must be a declared pseudonym, the de-identification markers must agree with the declared
 * method; PNG and JPEG metadata and every CSV/TSV cell are checked for personal identity numbers and identifying
 * columns. Files are recognised by content, not by name; a file that cannot be read fails. Runs the datasheet and
 * licence checks first. Writes {@code target/dataset/privacy.json}.
 *
 * @since 0.1.0
 */
@Mojo(name = "scan-privacy", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, requiresProject = false, threadSafe = true)
public class ScanPrivacyMojo extends AbstractPrivacyGateMojo {

    @Inject
    public ScanPrivacyMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected void run() throws IOException, DatasetException, MojoFailureException {
        pipeline().privacy();
    }

    @Override
    protected String goal() {
        return "scan-privacy";
    }

    @Override
    protected boolean goalSkipped() {
        return privacyGateOff();
    }
}
