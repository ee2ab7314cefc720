package org.datasetkit.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.build.StageRefusedException;
import org.datasetkit.core.dataset.PayloadGlobs;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.diag.DatasetException;

/**
 * What every datasetkit goal shares: the dataset folder, the skip switches, and the one place where core results
 * become Maven's: a problem in the user's data or configuration is a {@link MojoFailureException} (BUILD FAILURE, no
 * stack trace), a fault of the machine a {@link MojoExecutionException}.
 *
 * <p>Parameters follow one rule: a parameter's POM element is the last part of its property
 * ({@code dataset.privacyAllowlist} is {@code <privacyAllowlist>}); a goal's own skip is the property
 * {@code dataset.<goal>.skip} and the element {@code <skip<Goal>>} ({@code dataset.scan-privacy.skip},
 * {@code <skipScanPrivacy>}).
 */
public abstract class AbstractDatasetMojo extends AbstractMojo {

    /** The build tool's own files at the top of a dataset project: never payload. */
    static final List<String> MAVEN_OWN_FILES = List.of("pom.xml", ".mvn", ".idea", ".vscode", "*.iml", ".classpath",
            ".project", ".settings", ".flattened-pom.xml");

    protected final MavenProject project;
    protected final MavenSession session;

    /**
     * Skip every datasetkit goal. With {@code dataset} packaging there is then no bundle to install or deploy, and
     * those two steps are skipped for the project as well.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The dataset folder: the one holding datasheet.yaml and the data. Never written to.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.directory", defaultValue = "${project.basedir}")
    protected File directory;

    /**
     * Where outputs go: the bundle, and reports under its {@code dataset/} folder. By default the project's build
     * directory, or {@code <dataset folder>/target} outside a project.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.outputDirectory")
    protected File outputDirectory;

    /**
     * Glob patterns, relative to the dataset folder, of files to leave out of the payload (e.g. {@code scratch/**}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.excludes")
    protected List<String> excludes;

    /**
     * What to do with symbolic links that stay inside the dataset: {@code follow} or {@code refuse}. Links leaving
     * it always fail.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.symlinks", defaultValue = "follow")
    protected String symlinks;

    protected AbstractDatasetMojo(MavenProject project, MavenSession session) {
        this.project = project;
        this.session = session;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        Optional<String> skippedBy = skippedBy();
        if (skippedBy.isPresent()) {
            getLog().info("Skipping " + goal() + ": " + skippedBy.get() + " = true");
            whenSkipped();
            return;
        }
        runMapped(this::runOrReplay);
    }

    /** Runs the goal's work; a goal that can repeat an unchanged build's run instead says so here. */
    protected void runOrReplay() throws MojoExecutionException, MojoFailureException, IOException, DatasetException {
        run();
    }

    /** While a goal's run is recorded, the log that keeps its lines; Maven's own otherwise. */
    private transient Log recording;

    @Override
    public Log getLog() {
        return recording != null ? recording : super.getLog();
    }

    /** Sends this goal's lines through {@code log} (null: straight to Maven's log again). */
    protected final void logThrough(Log log) {
        this.recording = log;
    }

    /** Work of a goal that may fail on the user's data ({@link DatasetException}) or the machine ({@link IOException}). */
    @FunctionalInterface
    protected interface Work {
        void run() throws MojoExecutionException, MojoFailureException, IOException, DatasetException;
    }

    /**
     * Runs {@code work} with the core's failures mapped onto Maven's: the goal's own run, or another entry point into
     * the same work (a site report).
     */
    protected final void runMapped(Work work) throws MojoExecutionException, MojoFailureException {
        try {
            work.run();
        } catch (StageRefusedException e) {
            // its findings were printed when the stage ran
            throw new MojoFailureException(goal() + ": " + e.getMessage() + " (see the lines above)");
        } catch (DatasetException e) {
            DiagnosticLog.print(getLog(), e.diagnostics());
            throw new MojoFailureException(goal() + " stopped (" + e.diagnostics().summary() + "): "
                    + e.diagnostics().all().get(0).format());
        } catch (IOException e) {
            throw new MojoExecutionException(goal() + " failed on an I/O error: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(goal() + " failed on an I/O error: " + e.getCause().getMessage(), e);
        }
    }

    /** The goal's work, once skipping is ruled out. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException, IOException, DatasetException;

    /** The goal's name, as users type it after {@code dataset:}. */
    protected abstract String goal();

    /** Whether the goal's own skip switch is set. */
    protected abstract boolean goalSkipped();

    /** Called instead of {@link #run()} when the goal is skipped. */
    protected void whenSkipped() {}

    /** The switch that skips this goal ({@code dataset.skip}, the goal's own or an older alias), if one is set. */
    private Optional<String> skippedBy() {
        if (skip) {
            return Optional.of("dataset.skip");
        }
        if (goalSkipped()) {
            return Optional.of("dataset." + goal() + ".skip");
        }
        return Optional.empty();
    }

    /**
     * Whether a property is set to true by the user (-D), the environment or the POM: for the skip properties of
     * earlier releases ({@code dataset.privacy.skip}), kept as aliases of {@code dataset.<goal>.skip}.
     */
    protected boolean propertyIsTrue(String name) {
        String value = session.getUserProperties().getProperty(name);
        if (value == null) {
            value = session.getSystemProperties().getProperty(name);
        }
        if (value == null && project.getProperties() != null) {
            value = project.getProperties().getProperty(name);
        }
        return value != null && (value.isEmpty() || Boolean.parseBoolean(value.trim()));
    }

    // ---- locations

    /** True when Maven runs without a POM (the plugin invoked on a plain folder). */
    protected boolean standalone() {
        return project.getFile() == null;
    }

    protected Path datasetRoot() {
        // Without a POM ${project.basedir} is unset: the dataset is the folder Maven was started in.
        File root = directory != null ? directory : new File(session.getExecutionRootDirectory());
        return root.toPath().toAbsolutePath().normalize();
    }

    protected Path outputRoot() {
        if (outputDirectory != null) {
            return outputDirectory.toPath().toAbsolutePath().normalize();
        }
        // In a project the outputs belong to its build directory even when dataset.directory points elsewhere:
        // the dataset folder may be shared or read-only, and is never written to.
        return standalone() ? datasetRoot().resolve("target")
                : Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize();
    }

    /**
     * Maven's own files at the top of the dataset, and its build directory ({@code target/}) wherever this run's
     * outputs go: an earlier run's outputs there are never payload.
     */
    protected List<String> ownFiles() {
        List<String> own = new java.util.ArrayList<>(MAVEN_OWN_FILES);
        Path buildDirectory = standalone() ? datasetRoot().resolve("target")
                : Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize();
        if (buildDirectory.startsWith(datasetRoot()) && !buildDirectory.equals(datasetRoot())) {
            own.add(datasetRoot().relativize(buildDirectory).getName(0).toString());
        }
        return own;
    }

    /** The exclude patterns, blank ones dropped ({@code -Ddataset.excludes=,}), each checked to be a glob. */
    protected List<String> excludeList() throws MojoFailureException {
        List<String> patterns = excludes == null ? List.of()
                : excludes.stream().filter(p -> p != null && !p.isBlank()).map(String::trim).toList();
        parse("dataset.excludes", patterns, PayloadGlobs::new);
        return patterns;
    }

    protected SymlinkPolicy symlinkPolicy() throws MojoFailureException {
        return parse("dataset.symlinks", symlinks, SymlinkPolicy::parse);
    }

    /** Parses a parameter, turning a bad value into a failure that names the parameter. */
    protected static <V, T> T parse(String parameter, V value, Function<V, T> parser) throws MojoFailureException {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Bad value for " + parameter + ": " + e.getMessage());
        }
    }
}
