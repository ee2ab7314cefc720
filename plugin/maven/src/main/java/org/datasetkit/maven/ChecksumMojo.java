package org.datasetkit.maven;

import java.io.IOException;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.diag.DatasetException;

/**
 * Computes the checksums of every payload file, in parallel and incrementally (unchanged files are taken from the
 * cache in {@code target/dataset/}), and writes them as BagIt manifests ({@code target/dataset/manifest-sha256.txt}),
 * which {@code sha256sum -c} can also check from inside a bag. Runs the gates first: only files they passed are
 * checksummed for a release.
 *
 * @since 0.1.0
 */
@Mojo(name = "checksum", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, requiresProject = false, threadSafe = true)
public class ChecksumMojo extends AbstractChecksumMojo {

    /**
     * Skip this goal. A later goal that needs the checksums still computes them.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.checksum.skip", defaultValue = "false")
    private boolean skipChecksum;

    @Inject
    public ChecksumMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected void run() throws IOException, DatasetException, MojoFailureException {
        pipeline().fixity();
    }

    @Override
    protected String goal() {
        return "checksum";
    }

    @Override
    protected boolean goalSkipped() {
        return skipChecksum;
    }
}
