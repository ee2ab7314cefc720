package org.datasetkit.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.build.DiffSettings;
import org.datasetkit.core.diff.DiffOptions;
import org.datasetkit.core.diff.VersionRules;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.version.Version;

/**
 * The goals that compare this release with the previous one: its parameters, on top of the copy check's. The previous
 * release is an ordinary artifact, resolved like a dependency from the local and remote repositories.
 */
public abstract class AbstractDiffMojo extends AbstractCopyCheckMojo {

    private static final String FIRST_RELEASE_SAID = "org.datasetkit.diff.firstReleaseSaid";

    private static final Pattern COORDINATES = Pattern.compile("[^:\\s]+:[^:\\s]+:[^:\\s]+");

    /**
     * The release to compare with: empty (the default) for the highest released version of this project below the
     * current one in the Maven repositories; a version ({@code 1.0.0}); {@code groupId:artifactId:version}; the path
     * of a bundle (.zip) or bag folder; or {@code none} to compare with nothing. The first release has nothing to
     * compare with.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.previous")
    protected String previous;

    /**
     * The version rule's level per kind of change, over the defaults: {@code <file.changed>minor</file.changed>}.
     * Kinds: {@code file.removed}, {@code file.changed}, {@code file.renamed}, {@code license.changed},
     * {@code access.changed}, {@code column.removed}, {@code column.renamed}, {@code rows.removed},
     * {@code rows.changed} (major by default); {@code file.added}, {@code column.added}, {@code rows.added} (minor);
     * {@code metadata.changed} (patch). Levels: {@code major}, {@code minor}, {@code patch}.
     *
     * @since 0.2.0
     */
    @Parameter
    protected Map<String, String> versionRules;

    /**
     * The column that identifies a table's rows when tables are compared; by default each table's first column.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.tableKey")
    protected String tableKey;

    /**
     * The column whose value distribution the changelog reports; by default a column named {@code label}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.labelColumn")
    protected String labelColumn;

    protected AbstractDiffMojo(MavenProject project, MavenSession session, RepositorySystem repositories) {
        super(project, session, repositories);
    }

    /** The classifier of this project's bundle in the repositories; none when it is the main artifact. */
    protected Optional<String> bundleClassifier() {
        return "dataset".equals(project.getPackaging()) ? Optional.empty() : Optional.of("dataset");
    }

    @Override
    protected DiffSettings diffSettings() throws MojoFailureException {
        DiffOptions options;
        try {
            options = new DiffOptions(VersionRules.parse(versionRules == null ? Map.of() : versionRules),
                    Optional.ofNullable(tableKey), Optional.ofNullable(labelColumn));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Bad value in <versionRules>: " + e.getMessage());
        }
        String wanted = previous == null ? "" : previous.trim();
        if (wanted.equalsIgnoreCase("none")) {
            return new DiffSettings(Optional.empty(), "nothing (dataset.previous = none)", options);
        }
        if (!wanted.isEmpty()) {
            Path path = datasetRoot().resolve(wanted);
            if (Files.exists(path)) {
                return new DiffSettings(Optional.of(path), path.toString(), options);
            }
            if (COORDINATES.matcher(wanted).matches()) {
                String[] gav = wanted.split(":");
                return found(resolve(gav[0], gav[1], gav[2]), options);
            }
            if (!standalone() && Character.isDigit(wanted.charAt(0))) {
                return found(resolve(project.getGroupId(), project.getArtifactId(), wanted), options);
            }
            throw new MojoFailureException("Bad value for dataset.previous: '" + wanted + "' is no existing bundle or"
                    + " bag folder" + (standalone() ? "" : ", no version") + " and no groupId:artifactId:version;"
                    + " name the previous release, or set none to compare with nothing");
        }
        if (standalone()) {
            return new DiffSettings(Optional.empty(), "", options);
        }
        Optional<Artifact> latest = highestBelow(project.getVersion());
        if (latest.isEmpty()) {
            if (project.getContextValue(FIRST_RELEASE_SAID) == null) { // once per project, not once per goal
                project.setContextValue(FIRST_RELEASE_SAID, Boolean.TRUE);
                getLog().info("Versions: no earlier release of " + project.getGroupId() + ":" + project.getArtifactId()
                        + " in the Maven repositories: a first release has nothing to compare with");
            }
            return new DiffSettings(Optional.empty(), "", options);
        }
        return found(resolve(latest.get()), options);
    }

    private static DiffSettings found(Artifact artifact, DiffOptions options) {
        return new DiffSettings(Optional.of(artifact.getFile().toPath()),
                artifact.getVersion() + " (" + artifact + " from the Maven repositories)", options);
    }

    /** The highest version released before this one (snapshots are not releases). */
    private Optional<Artifact> highestBelow(String version) throws MojoFailureException {
        Artifact range = artifact(project.getGroupId(), project.getArtifactId(), "[0," + version + ")");
        try {
            List<Version> versions = repositories().resolveVersionRange(session.getRepositorySession(),
                    new VersionRangeRequest(range, project.getRemoteProjectRepositories(), null)).getVersions();
            for (int i = versions.size() - 1; i >= 0; i--) {
                String v = versions.get(i).toString();
                if (!v.endsWith("SNAPSHOT")) {
                    return Optional.of(range.setVersion(v));
                }
            }
            return Optional.empty();
        } catch (VersionRangeResolutionException e) {
            throw new MojoFailureException("Cannot list the released versions of " + project.getGroupId() + ":"
                    + project.getArtifactId() + ": " + e.getMessage() + "; set dataset.previous to a version, a bundle,"
                    + " or none");
        }
    }

    private Artifact resolve(String groupId, String artifactId, String version) throws MojoFailureException {
        return resolve(artifact(groupId, artifactId, version));
    }

    private Artifact resolve(Artifact artifact) throws MojoFailureException {
        try {
            return resolveArtifact(artifact);
        } catch (ArtifactResolutionException e) {
            throw new MojoFailureException("The previous release " + artifact + " cannot be resolved: " + e.getMessage()
                    + "; install or deploy it first, name its bundle by path in dataset.previous, or set none");
        }
    }

    private Artifact artifact(String groupId, String artifactId, String version) {
        return new DefaultArtifact(groupId, artifactId, bundleClassifier().orElse(""), "zip", version);
    }
}
