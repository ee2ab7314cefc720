package org.datasetkit.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.bag.VerificationTier;
import org.datasetkit.core.build.BuildSettings;
import org.eclipse.aether.RepositorySystem;

/** The goals that verify a bag (verify-bundle, deposit): how deeply, on top of the bundle's parameters. */
public abstract class AbstractVerifyMojo extends AbstractBundleMojo {

    /**
     * How deeply bags are verified. {@code auto} (default): this build's bundle, just written (every payload byte
     * hashed as it was written and compared with its manifest) or kept unchanged from an earlier build, is checked
     * {@code fast}; a bundle changed since, and any bag named by {@code dataset.bag}, {@code full}; in an unchanged build
     * (the build record) the last verification of the same archive is repeated without reading it. {@code fast}:
     * structure, completeness, Payload-Oxum, sizes and the tag manifests, reading no payload file (a changed byte goes
     * unseen). {@code full}: every checksum of every file. The log line says which ran and why.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.verifyTier", defaultValue = "auto")
    protected String verifyTier;

    protected AbstractVerifyMojo(MavenProject project, MavenSession session, RepositorySystem repositories) {
        super(project, session, repositories);
    }

    @Override
    protected BuildSettings settings() throws MojoFailureException {
        return super.settings().withVerifyTier(parse("dataset.verifyTier", verifyTier, VerificationTier::choice));
    }
}
