package org.datasetkit.maven;

import java.io.File;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.build.CopySettings;
import org.datasetkit.core.build.Stage;
import org.datasetkit.core.copies.CopyCheck;
import org.eclipse.aether.RepositorySystem;

/** The goals that need the copy check: its parameters, on top of the checksums'. */
public abstract class AbstractCopyCheckMojo extends AbstractChecksumMojo {

    /**
     * A folder of other datasets' fingerprints (one {@code fingerprints.tsv}, bundle, BagIt manifest, Croissant file
     * or checksum listing per dataset): any overlap with one the datasheet does not declare as a source fails.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.knownDatasets")
    protected File knownDatasets;

    /**
     * How many bits (of 64) two images' perceptual hashes may differ in and still count as near duplicates.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.nearDuplicateBits", defaultValue = "" + CopyCheck.DEFAULT_THRESHOLD)
    protected int nearDuplicateBits;

    /**
     * Turn the copy check off for this build: {@code check-copies} is skipped, the bundle carries no fingerprints,
     * and bag-info.txt records that the check was off.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.check-copies.skip", defaultValue = "false")
    protected boolean skipCheckCopies;

    /** Resolves the {@code artifact:} coordinates of the sources' fingerprints. */
    private final RepositorySystem repositories;

    protected AbstractCopyCheckMojo(MavenProject project, MavenSession session, RepositorySystem repositories) {
        super(project, session);
        this.repositories = repositories;
    }

    @Override
    protected Set<Stage> gatesTurnedOff() {
        Set<Stage> off = super.gatesTurnedOff();
        if (skipCheckCopies) {
            off.add(Stage.COPIES);
        }
        return off;
    }

    @Override
    protected CopySettings copySettings() throws MojoFailureException {
        Optional<java.nio.file.Path> known = Optional.ofNullable(knownDatasets)
                .map(f -> f.toPath().toAbsolutePath().normalize());
        // artifact: coordinates are not resolved yet: the core then reports each one as unresolved
        return parse("dataset.nearDuplicateBits", Integer.toString(nearDuplicateBits),
                v -> new CopySettings(known, Integer.parseInt(v), Map.of()));
    }
}
