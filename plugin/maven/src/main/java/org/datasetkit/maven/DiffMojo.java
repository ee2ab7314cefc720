package org.datasetkit.maven;

import java.io.IOException;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diff.ReleaseDiff;
import org.eclipse.aether.RepositorySystem;

/**
 * Compares the dataset with its previous release — the highest released version below this one in the Maven
 * repositories, or {@code dataset.previous} — after every gate and the checksums: files added, removed, changed and
 * moved, the datasheet's changes by key (licence and access among them), and the changed tables by column and key
 * column. Fails when the version does not increase as much as the changes need (the smallest correct version is in
 * the message); writes {@code CHANGELOG.md} and {@code changes.json} under {@code target/dataset/}. {@code bundle}
 * runs the same check and carries both files in the bag.
 *
 * @since 0.2.0
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, requiresProject = false, threadSafe = true)
public class DiffMojo extends AbstractDiffMojo {

    /**
     * Skip the {@code diff} goal ({@code bundle} still checks the version).
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.diff.skip", defaultValue = "false")
    protected boolean skipDiff;

    @Inject
    public DiffMojo(MavenProject project, MavenSession session, RepositorySystem repositories) {
        super(project, session, repositories);
    }

    @Override
    protected void run() throws IOException, DatasetException, MojoFailureException {
        Optional<ReleaseDiff> diff = pipeline().diff();
        if (diff.isPresent()) {
            getLog().info("Changelog: " + outputRoot().resolve("dataset").resolve("CHANGELOG.md"));
        }
    }

    @Override
    protected String goal() {
        return "diff";
    }

    @Override
    protected boolean goalSkipped() {
        return skipDiff;
    }
}
