package org.datasetkit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.bag.BagVerifier;
import org.datasetkit.core.bag.VerificationResult;

/**
 * Re-opens the bundle and proves it complete and valid per RFC 8493: every manifest line against the files, every
 * payload file against every manifest, every checksum, the tag manifests. Also verifies any bag folder or bag zip
 * named by {@code dataset.bag}. Never skipped by up-to-date checks.
 */
@Mojo(name = "verify-bundle", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class VerifyBundleMojo extends AbstractDatasetMojo {

    /** Skip this goal. */
    @Parameter(property = "dataset.verify.skip", defaultValue = "false")
    private boolean skipVerify;

    /** A bag folder or bag archive to verify instead of this project's bundle. */
    @Parameter(property = "dataset.bag")
    private File bag;

    @Inject
    public VerifyBundleMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected void run() throws IOException, MojoFailureException {
        Path target = bagToVerify();
        if (!Files.exists(target)) {
            throw new MojoFailureException("No bag at " + target + ": run 'mvn package' first, or name one with -Ddataset.bag=<path>");
        }
        VerificationResult result = new BagVerifier().verify(target);
        DiagnosticLog.print(getLog(), result.diagnostics());
        if (!result.isValid()) {
            throw new MojoFailureException("The bag " + target.getFileName() + " is not valid: " + result.diagnostics().summary());
        }
        getLog().info(String.format(java.util.Locale.ROOT, "Bag %s is complete and valid: %,d payload files, %s checked",
                result.bagName(), result.payloadFiles(), AbstractFixityMojo.size(result.payloadBytes())));
    }

    private Path bagToVerify() throws IOException, MojoFailureException {
        if (bag != null) {
            return bag.toPath().toAbsolutePath();
        }
        Optional<Path> built = StageResults.get(project, StageResults.BUNDLE, Path.class);
        if (built.isPresent()) {
            return built.get();
        }
        File main = standalone() ? null : project.getArtifact().getFile();
        if (main != null && main.getName().endsWith(".zip")) {
            return main.toPath();
        }
        return bundlePath(requireDatasheet());
    }

    @Override
    protected String goal() {
        return "verify-bundle";
    }

    @Override
    protected boolean goalSkipped() {
        return skipVerify;
    }

    @Override
    protected String goalSkipProperty() {
        return "dataset.verify.skip";
    }
}
