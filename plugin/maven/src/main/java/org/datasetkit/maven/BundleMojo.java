package org.datasetkit.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.datasetkit.core.bag.BagWriteResult;
import org.datasetkit.core.bag.BagWriter;
import org.datasetkit.core.bag.BagitProfile;
import org.datasetkit.core.bag.Compression;
import org.datasetkit.core.bag.OutputTimestamp;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.export.BundleBuilder;
import org.datasetkit.core.export.BundleRequest;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.license.LicenseCheckResult;

/**
 * Builds the deposit bundle: a BagIt 1.0 bag whose payload mirrors the dataset folder, with RO-Crate, DataCite,
 * Croissant and DATASHEET.md generated from the datasheet beside it, written as a reproducible zip (or tar.gz, or a
 * folder) with one top-level folder {@code <artifactId>-<version>/}; SND's BagIt profile is checked for snd datasheets. The checksums come from the checksum goal (no
 * second hashing pass); each payload file is read once, straight into the archive. An archive that already is what
 * this build would write (same fingerprint of every entry and setting, file untouched since) is kept as it is;
 * {@code -Ddataset.force} writes it again. The NOTICE and the licence
 * texts that must travel with the data are tag files of the bag. With {@code dataset}
 * packaging the bundle is the project's main artifact; otherwise it is attached with a classifier.
 */
@Mojo(name = "bundle", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public class BundleMojo extends AbstractFixityMojo {

    /** Skip this goal. */
    @Parameter(property = "dataset.bundle.skip", defaultValue = "false")
    private boolean skipBundle;

    /**
     * The time every archive entry and Bagging-Date get, for byte-identical rebuilds: ISO-8601 with offset or epoch
     * seconds. Unset, SOURCE_DATE_EPOCH is used, then the datasheet's datePublished.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /** {@code auto}: deflate what compresses, store images and archives; {@code stored}: store everything. */
    @Parameter(property = "dataset.compression", defaultValue = "auto")
    private String compression;

    /** The bundle's serialisation: {@code zip} (default), {@code tar.gz}, or {@code directory} (a bag folder). */
    @Parameter(property = "dataset.format", defaultValue = "zip")
    private String format;

    /**
     * The BagIt profile the bag must meet: {@code snd} (built in; the default for datasheets with the snd profile),
     * a path to a repository's profile JSON, or {@code none}.
     */
    @Parameter(property = "dataset.bagitProfile")
    private String bagitProfile;

    /** Attach the bundle to the project when the packaging is not {@code dataset}. */
    @Parameter(property = "dataset.attach", defaultValue = "true")
    private boolean attach;

    private final MavenProjectHelper projectHelper;

    @Inject
    public BundleMojo(MavenProject project, MavenSession session, MavenProjectHelper projectHelper) {
        super(project, session);
        this.projectHelper = projectHelper;
    }

    @Override
    protected void run() throws IOException, DatasetException, MojoFailureException {
        Datasheet sheet = requireDatasheet();
        FixityResult fixity = requireFixity();
        LicenseCheckResult licences = checkLicenses(sheet);
        String extension = parse("dataset.format", format, BagWriter::extension);
        Path target = bundlePath(sheet, extension);
        BundleRequest request = new BundleRequest(sheet, fixity, licences, bundleName(sheet), target, format,
                parse("dataset.compression", compression, Compression::parse), profile(sheet), timestamp(sheet),
                "datasetkit " + pluginVersion() + " (https://datasetkit.org)", poolSize(),
                // one stamp per archive name: two executions writing a zip and a tar.gz keep both
                force ? Optional.empty() : Optional.of(workDirectory().resolve(target.getFileName() + ".stamp")));
        BagWriteResult written = new BundleBuilder().build(request);

        String how = written.kept() ? "unchanged since the last build, kept as it was"
                : String.format(java.util.Locale.ROOT, "written in %.1f s", written.elapsed().toMillis() / 1000.0);
        getLog().info(String.format(java.util.Locale.ROOT, "Bundle: %s (%,d payload files, %s, %s)", written.archive(),
                written.payloadFiles(), AbstractFixityMojo.size(written.archiveBytes()), how));
        if (bundleIsMainArtifact() && !extension.isEmpty()) {
            project.getArtifact().setFile(written.archive().toFile());
        } else if (attach && !standalone() && !extension.isEmpty()) {
            projectHelper.attachArtifact(project, extension.substring(1), classifier, written.archive().toFile());
        }
        StageResults.put(project, StageResults.BUNDLE, written.archive());
    }

    private Optional<BagitProfile> profile(Datasheet sheet) throws MojoFailureException {
        try {
            return BagitProfile.choose(bagitProfile, sheet.profiles().contains("snd"), datasetRoot());
        } catch (IOException e) {
            throw new MojoFailureException("dataset.bagitProfile: " + e.getMessage());
        }
    }

    private Instant timestamp(Datasheet sheet) throws MojoFailureException {
        Optional<Instant> chosen;
        try {
            chosen = OutputTimestamp.choose(outputTimestamp, System.getenv("SOURCE_DATE_EPOCH"), sheet.datePublished());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Bad value for " + e.getMessage());
        }
        return chosen.orElseThrow(() -> new MojoFailureException("No fixed time for the bundle's entries: set <project.build.outputTimestamp> in"
                + " pom.xml (e.g. 2026-05-01T00:00:00Z) or datePublished in the datasheet, so rebuilds are byte-identical"));
    }

    @Override
    protected String goal() {
        return "bundle";
    }

    @Override
    protected boolean goalSkipped() {
        return skipBundle;
    }

    @Override
    protected String goalSkipProperty() {
        return "dataset.bundle.skip";
    }
}
