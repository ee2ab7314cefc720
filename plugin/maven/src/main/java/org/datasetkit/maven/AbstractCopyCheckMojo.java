package org.datasetkit.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.build.CopySettings;
import org.datasetkit.core.build.Stage;
import org.datasetkit.core.copies.ArtifactResolver;
import org.datasetkit.core.copies.CopyCheck;
import org.datasetkit.core.datasheet.Source;
import org.datasetkit.core.diag.DatasetException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * The goals that need the copy check: its parameters, on top of the checksums'. A source's
 * {@code fingerprints: artifact:groupId:artifactId:version} is an upstream dataset's bundle, resolved from the local
 * and remote repositories like a dependency.
 */
public abstract class AbstractCopyCheckMojo extends AbstractChecksumMojo {

    /**
     * Other datasets' fingerprints, to catch copies nobody declared, separated by commas: a folder (each
     * {@code fingerprints.tsv}, bundle, BagIt manifest, Croissant file or checksum listing in it is one dataset), such
     * a file, or {@code artifact:groupId:artifactId:version[:type[:classifier]]}, a dataset bundle from the Maven
     * repositories. Any overlap with one the datasheet does not declare as a source fails.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.knownDatasets")
    protected String knownDatasets;

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

    /** Resolves the {@code artifact:} coordinates of the sources' fingerprints and of the known datasets. */
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
        List<String> known = new ArrayList<>();
        for (String entry : knownDatasets == null ? new String[0] : knownDatasets.split(",")) {
            String e = entry.trim();
            if (!e.isEmpty()) {
                // paths as the user means them: from the project's folder, not from wherever Maven was started
                known.add(e.startsWith("artifact:") ? e : absolute(e).toString());
            }
        }
        return parse("dataset.nearDuplicateBits", Integer.toString(nearDuplicateBits),
                v -> new CopySettings(known, Integer.parseInt(v), this::resolve));
    }

    private Path absolute(String path) {
        Path base = project.getBasedir() == null ? datasetRoot() : project.getBasedir().toPath();
        return base.resolve(path).toAbsolutePath().normalize();
    }

    /** groupId:artifactId:version[:type[:classifier]] from the repositories; a dataset bundle is a zip by default. */
    private Path resolve(String coordinates) throws ArtifactResolver.Unresolved {
        String[] p = coordinates.split(":");
        String type = p.length > 3 ? p[3] : "zip";
        String classifier = p.length > 4 ? p[4] : "";
        DefaultArtifact wanted = new DefaultArtifact(p[0], p[1], classifier, "dataset".equals(type) ? "zip" : type, p[2]);
        try {
            return resolveArtifact(wanted).getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new ArtifactResolver.Unresolved(e.getMessage());
        }
    }

    /**
     * The fingerprints a datasheet's source names (a path, or a bundle in the repositories) are not among the files
     * a build stamps: a goal that compared with them is not repeated by the next build.
     */
    @Override
    protected Optional<String> unrecordable() throws MojoFailureException {
        if (gatesTurnedOff().contains(Stage.COPIES)) {
            return super.unrecordable();
        }
        try {
            for (Source s : pipeline().datasheet().sources()) {
                if (s.fingerprints().isPresent()) {
                    return Optional.of("the datasheet's source \"" + s.title() + "\" names fingerprints ("
                            + s.fingerprints().get() + "), which the build record does not stamp");
                }
            }
        } catch (IOException | DatasetException e) {
            return Optional.of("the datasheet cannot be read again: " + e.getMessage());
        }
        return super.unrecordable();
    }

    /** An artifact from the local and the project's remote repositories, as Maven resolves a dependency. */
    protected Artifact resolveArtifact(Artifact wanted)
            throws ArtifactResolutionException {
        return repositories.resolveArtifact(session.getRepositorySession(),
                new ArtifactRequest(wanted, project.getRemoteProjectRepositories(), null)).getArtifact();
    }

    /** The repository system, for the version queries of the goals after this one. */
    protected RepositorySystem repositories() {
        return repositories;
    }
}
