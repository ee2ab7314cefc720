package org.datasetkit.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.build.FixitySettings;
import org.datasetkit.core.build.Stage;

/** The goals that run the privacy gate: its parameters, on top of the licence check's. */
public abstract class AbstractPrivacyGateMojo extends AbstractLicenceGateMojo {

    /**
     * Reviewed exceptions to the privacy gate, one per line: a file's path in the dataset and what is accepted in it
     * — a DICOM tag such as {@code (0008,0080)}, {@code personnummer}, {@code column:<name>}, {@code png:<keyword>} or
     * {@code jpeg:<kind>}. Lines starting with # are comments. A file that does not exist fails the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.privacyAllowlist")
    protected File privacyAllowlist;

    /**
     * Threads for scanning, hashing and compressing; 0 means one per available processor (at most 256).
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.threads", defaultValue = "0")
    protected int threads;

    /**
     * Turn the privacy gate off for this build: {@code scan-privacy} is skipped, no file is checked for personal
     * data, and the bundle's bag-info.txt and {@code privacy.json} record that the gate was off. Also read from the
     * older property {@code dataset.privacy.skip}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.scan-privacy.skip", defaultValue = "false")
    protected boolean skipScanPrivacy;

    /**
     * Redo what earlier builds kept in {@code target/dataset/}: read every file for the privacy gate and hash every
     * file again, ignoring the gate's and the checksums' caches, and write the bundle again.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.force", defaultValue = "false")
    protected boolean force;

    protected AbstractPrivacyGateMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    protected boolean privacyGateOff() {
        return skipScanPrivacy || propertyIsTrue("dataset.privacy.skip");
    }

    @Override
    protected Set<Stage> gatesTurnedOff() {
        Set<Stage> off = super.gatesTurnedOff();
        if (privacyGateOff()) {
            off.add(Stage.PRIVACY);
        }
        return off;
    }

    @Override
    protected Optional<Path> privacyAllowlistFile() {
        return Optional.ofNullable(privacyAllowlist).map(f -> f.toPath().toAbsolutePath().normalize());
    }

    /** Forced, the gate reads every file again too (the goals that checksum also choose the algorithms). */
    @Override
    protected FixitySettings fixitySettings() throws MojoFailureException {
        return new FixitySettings(FixitySettings.defaults().algorithms(), force);
    }

    @Override
    protected int threadCount() {
        return threads;
    }
}
