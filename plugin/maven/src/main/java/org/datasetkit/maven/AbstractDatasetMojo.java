package org.datasetkit.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.DatasheetSchema;
import org.datasetkit.core.datasheet.DatasheetValidator;
import org.datasetkit.core.datasheet.ValidationRequest;
import org.datasetkit.core.datasheet.ValidationResult;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diag.FailurePolicy;
import org.datasetkit.core.license.LicenseCheckResult;
import org.datasetkit.core.license.LicenseChecker;
import org.datasetkit.core.license.LicenseRegistry;
import org.datasetkit.core.license.SpdxLicenseList;

/**
 * What every datasetkit goal shares: the dataset's location, the skip switches, and the one place where core
 * results become log lines and core exceptions become Maven's: a problem in the user's data or configuration is a
 * {@link MojoFailureException} (BUILD FAILURE, no stack trace), a fault of the machine a
 * {@link MojoExecutionException}.
 */
public abstract class AbstractDatasetMojo extends AbstractMojo {

    protected final MavenProject project;
    protected final MavenSession session;

    /** Skip every datasetkit goal. */
    @Parameter(property = "dataset.skip", defaultValue = "false")
    protected boolean skip;

    /** The dataset folder: the one holding datasheet.yaml and the data. */
    @Parameter(property = "dataset.directory", defaultValue = "${project.basedir}")
    protected File directory;

    /** The datasheet; by default datasheet.yaml, else datasheet.json, in the dataset folder. */
    @Parameter(property = "dataset.datasheet")
    protected File datasheet;

    /**
     * Where outputs go: the bundle, and reports under its {@code dataset/} folder. By default the project's build
     * directory, or {@code <dataset folder>/target} outside a project.
     */
    @Parameter(property = "dataset.outputDirectory")
    protected File outputDirectory;

    /** Glob patterns, relative to the dataset folder, of files to leave out of the payload (e.g. {@code scratch/**}). */
    @Parameter(property = "dataset.excludes")
    protected List<String> excludes;

    /** What to do with symbolic links inside the dataset: {@code follow} or {@code refuse}. Links leaving it always fail. */
    @Parameter(property = "dataset.symlinks", defaultValue = "follow")
    protected String symlinks;

    /** Classifier of the bundle when the packaging is not {@code dataset} (then the bundle is attached, not the main artifact). */
    @Parameter(property = "dataset.classifier", defaultValue = "dataset")
    protected String classifier;

    /**
     * A CSV file of the project's own licence terms (the columns of the bundled registry), for LicenseRef-*
     * licences datasetkit does not know; its rows override the bundled ones.
     */
    @Parameter(property = "dataset.licenseRegistry")
    protected File licenseRegistry;

    /** The lowest severity that fails the build: {@code error} or {@code warning}. */
    @Parameter(property = "dataset.failOn", defaultValue = "error")
    protected String failOn;

    protected AbstractDatasetMojo(MavenProject project, MavenSession session) {
        this.project = project;
        this.session = session;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || goalSkipped()) {
            getLog().info("Skipping " + goal() + ": " + (skip ? "dataset.skip" : goalSkipProperty()) + " = true");
            return;
        }
        try {
            run();
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

    protected abstract String goal();

    /** The goal's own skip switch. */
    protected abstract boolean goalSkipped();

    protected abstract String goalSkipProperty();

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

    /** Reports and intermediate files: {@code target/dataset/}. */
    protected Path workDirectory() {
        return outputRoot().resolve("dataset");
    }

    // ---- shared stages

    /** The validated datasheet of this build, validating it now if the validate goal did not run. */
    protected Datasheet requireDatasheet() throws IOException, MojoFailureException {
        Optional<Datasheet> known = StageResults.get(project, StageResults.DATASHEET, Datasheet.class);
        if (known.isPresent()) {
            return known.get();
        }
        ValidationResult result = validateDatasheet();
        DiagnosticLog.print(getLog(), result.diagnostics());
        if (result.datasheet().isEmpty()) {
            throw new MojoFailureException("The datasheet is invalid: " + result.diagnostics().summary()
                    + "; run 'mvn dataset:validate' for details");
        }
        StageResults.put(project, StageResults.DATASHEET, result.datasheet().get());
        return result.datasheet().get();
    }

    protected ValidationResult validateDatasheet() throws IOException {
        Optional<String> expectedVersion = standalone() ? Optional.empty() : Optional.of(project.getVersion());
        ValidationRequest request = new ValidationRequest(datasetRoot(),
                Optional.ofNullable(datasheet).map(File::toPath), expectedVersion);
        return new DatasheetValidator(new DatasheetSchema()).validate(request);
    }

    /** The licence check of this build, or a new one when the check-licenses goal did not run. */
    protected LicenseCheckResult checkLicenses(Datasheet sheet) throws IOException, MojoFailureException {
        Optional<LicenseCheckResult> known = StageResults.get(project, StageResults.LICENSES, LicenseCheckResult.class);
        if (known.isPresent()) {
            return known.get();
        }
        LicenseRegistry registry = LicenseRegistry.builtIn();
        if (licenseRegistry != null) {
            try {
                registry = registry.with(licenseRegistry.toPath());
            } catch (IOException e) {
                throw new MojoFailureException("dataset.licenseRegistry cannot be used: " + e.getMessage()
                        + " (the columns are those of the bundled licenses.csv)");
            }
        }
        LicenseCheckResult result = new LicenseChecker(new SpdxLicenseList(), registry).check(sheet, datasetRoot());
        StageResults.put(project, StageResults.LICENSES, result);
        return result;
    }

    protected Dataset scanDataset() throws IOException, DatasetException, MojoFailureException {
        return scanDataset(file -> {});
    }

    /** Scans the dataset, handing each payload file to {@code onFile} as it is found. */
    protected Dataset scanDataset(java.util.function.Consumer<org.datasetkit.core.dataset.DatasetFile> onFile)
            throws IOException, DatasetException, MojoFailureException {
        ScanRequest request = new ScanRequest(datasetRoot(), excludes == null ? List.of() : excludes,
                List.of(outputRoot()), parse("dataset.symlinks", symlinks, SymlinkPolicy::parse));
        Dataset dataset = new DatasetScanner().scan(request, onFile);
        DiagnosticLog.print(getLog(), dataset.warnings());
        return dataset;
    }

    /** The name of the bundle and of the bag's top folder: {@code <artifactId>-<version>}. */
    protected String bundleName(Datasheet sheet) {
        if (standalone()) {
            return datasetRoot().getFileName() + "-" + sheet.version();
        }
        return project.getArtifactId() + "-" + project.getVersion();
    }

    /** True when the bundle is the project's main artifact ({@code dataset} packaging). */
    protected boolean bundleIsMainArtifact() {
        return !standalone() && "dataset".equals(project.getPackaging());
    }

    /** Where the bundle of this dataset goes: {@code <output>/<artifactId>-<version>[-<classifier>].zip}. */
    protected Path bundlePath(Datasheet sheet) {
        return bundlePath(sheet, ".zip");
    }

    protected Path bundlePath(Datasheet sheet, String extension) {
        String suffix = bundleIsMainArtifact() || standalone() || extension.isEmpty() ? "" : "-" + classifier;
        return outputRoot().resolve(bundleName(sheet) + suffix + extension);
    }

    protected FailurePolicy failurePolicy() throws MojoFailureException {
        return parse("dataset.failOn", failOn, FailurePolicy::parse);
    }

    /** Fails the build if the findings call for it under {@code dataset.failOn}. */
    protected void failIf(Diagnostics diagnostics, String what) throws MojoFailureException {
        if (diagnostics.failUnder(failurePolicy())) {
            throw new MojoFailureException(what + ": " + diagnostics.summary() + " (see the lines above; dataset.failOn="
                    + failurePolicy() + ")");
        }
    }

    /** Parses a parameter, turning a bad value into a failure that names the parameter. */
    protected static <T> T parse(String parameter, String value, java.util.function.Function<String, T> parser)
            throws MojoFailureException {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Bad value for " + parameter + ": " + e.getMessage());
        }
    }

    /** This plugin's version, for bag-info's Bag-Software-Agent. */
    protected static String pluginVersion() {
        Properties p = new Properties();
        try (InputStream in = AbstractDatasetMojo.class.getResourceAsStream("/org/datasetkit/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
