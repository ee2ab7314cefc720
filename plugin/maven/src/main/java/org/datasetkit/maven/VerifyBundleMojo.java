package org.datasetkit.maven;

import java.io.File;
import java.io.IOException;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.build.DiffSettings;
import org.datasetkit.core.build.record.GoalRun;
import org.datasetkit.core.diag.DatasetException;
import org.eclipse.aether.RepositorySystem;

/**
 * Re-opens the bundle and proves it complete and valid per RFC 8493: every manifest line against the files, every
 * payload file against every manifest, every checksum, the tag manifests, paths that would leave the bag, and caps on
 * size and compression ratio. Builds the bundle first when this build has not (through every gate). Also verifies
 * any bag folder or bag archive named by {@code dataset.bag}, with no gate and no datasheet needed. How deeply is
 * {@code dataset.verifyTier}'s choice: by default this build's own bundle, just written or kept untouched, is not read
 * a second time ({@code fast}), and any other bag is read whole on every processor ({@code full}).
 *
 * @since 0.1.0
 */
@Mojo(name = "verify-bundle", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class VerifyBundleMojo extends AbstractVerifyMojo {

    /**
     * Skip this goal. Also read from the older property {@code dataset.verify.skip}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.verify-bundle.skip", defaultValue = "false")
    private boolean skipVerifyBundle;

    /**
     * A bag folder or bag archive (zip, tar, tar.gz) to verify instead of this project's bundle.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.bag")
    private File bag;

    @Inject
    public VerifyBundleMojo(MavenProject project, MavenSession session, RepositorySystem repositories) {
        super(project, session, repositories);
    }

    @Override
    protected void run() throws IOException, DatasetException, MojoFailureException {
        if (bag != null) {
            pipeline().verify(bag.toPath());
        } else if (skipBundle) {
            getLog().info("Nothing to verify: the bundle goal is skipped (dataset.bundle.skip) and dataset.bag names no bag");
        } else {
            handedOver("verified", "", "", pipeline().verify().bag());
        }
    }

    /**
     * A replay of the default tier ({@code auto}) does not read the bundle again: the build record's stamp of the
     * output folder says it is the very archive the recorded run verified, and the dataset and settings are as then,
     * so the same check of the same bytes cannot end otherwise. A tier the user names is always run.
     */
    @Override
    protected void repeat(GoalRun run) throws IOException, DatasetException, MojoFailureException {
        if (run.handedOver().isEmpty() || mapped().verifyTier().isEmpty()) {
            if (!run.handedOver().isEmpty()) {
                getLog().info("The bundle is not read again: it is the archive that build verified (its size, times "
                        + "and inode as then); -Ddataset.verifyTier=fast or full checks it now");
            }
            super.repeat(run);
            return;
        }
        for (GoalRun.HandedOver verified : run.handedOver()) {
            pipeline().verifyUnchanged(verified.file());
        }
    }

    /** A bag named by dataset.bag lies outside this build's stamps: it is verified every time, and nothing stamped. */
    @Override
    protected boolean readsTheDataset() {
        return bag == null;
    }

    /** A bag named by {@code dataset.bag} is verified alone: no previous release is looked up for it. */
    @Override
    protected DiffSettings diffSettings() throws MojoFailureException {
        return bag != null ? DiffSettings.none() : super.diffSettings();
    }

    @Override
    protected String goal() {
        return "verify-bundle";
    }

    @Override
    protected boolean goalSkipped() {
        return skipVerifyBundle || propertyIsTrue("dataset.verify.skip");
    }
}
