package org.datasetkit.maven;

import java.io.IOException;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.diag.DatasetException;
import org.eclipse.aether.RepositorySystem;

/**
 * The copy check: fingerprints every payload file (SHA-256; for PNG, JPEG and DICOM images the {@code phash-v1}
 * perceptual hash and a hash of the decoded pixels; for DICOM the hashed instance UIDs; for tables a hash per row),
 * cached by checksum so an unchanged file is not decoded again, and compares them with every source that declares
 * {@code fingerprints:} in the datasheet and with the datasets under {@code dataset.knownDatasets}. Fails on an
 * overlap with a dataset the datasheet does not declare, on a source declared {@code use: copy} of which nothing is
 * found, and on one image in two splits; warns on duplicates within the dataset. Writes
 * {@code target/dataset/fingerprints.tsv}, which the bundle carries as {@code metadata/fingerprints.tsv}, and
 * {@code target/dataset/copies.json}. Runs the gates and the checksums first.
 *
 * @since 0.2.0
 */
@Mojo(name = "check-copies", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, requiresProject = false, threadSafe = true)
public class CheckCopiesMojo extends AbstractCopyCheckMojo {

    @Inject
    public CheckCopiesMojo(MavenProject project, MavenSession session, RepositorySystem repositories) {
        super(project, session, repositories);
    }

    @Override
    protected void run() throws IOException, DatasetException, MojoFailureException {
        pipeline().copies();
    }

    @Override
    protected String goal() {
        return "check-copies";
    }

    @Override
    protected boolean goalSkipped() {
        return skipCheckCopies;
    }
}
