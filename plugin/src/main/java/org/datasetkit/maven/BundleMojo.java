package org.datasetkit.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.datasetkit.core.bag.BagInfo;
import org.datasetkit.core.bag.BagRequest;
import org.datasetkit.core.bag.BagWriteResult;
import org.datasetkit.core.bag.BagitDeclaration;
import org.datasetkit.core.bag.Compression;
import org.datasetkit.core.bag.OutputTimestamp;
import org.datasetkit.core.bag.TagFile;
import org.datasetkit.core.bag.ZipBagWriter;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.license.LicenseCheckResult;
import org.datasetkit.core.license.SpdxLicenseList;

/**
 * Builds the deposit bundle: a BagIt 1.0 bag whose payload mirrors the dataset folder, written as a reproducible
 * zip with one top-level folder {@code <artifactId>-<version>/}. The checksums come from the checksum goal (no
 * second hashing pass); each payload file is read once, straight into the archive. The NOTICE and the licence
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
        Instant timestamp = timestamp(sheet);
        String name = bundleName(sheet);
        boolean mainArtifact = bundleIsMainArtifact();
        Path archive = bundlePath(sheet);

        LicenseCheckResult licences = checkLicenses(sheet);
        List<TagFile> tags = new ArrayList<>(List.of(
                new TagFile(BagitDeclaration.FILE_NAME, BagitDeclaration.render()),
                new TagFile("bag-info.txt", BagInfo.describe(sheet, fixity.dataset(), timestamp,
                        "datasetkit " + pluginVersion() + " (https://datasetkit.org)").render()),
                new TagFile("NOTICE.txt", licences.notice().getBytes(StandardCharsets.UTF_8))));
        SpdxLicenseList spdx = new SpdxLicenseList();
        for (String id : licences.textsToShip()) {
            tags.add(new TagFile("LICENSES/" + id + ".txt", spdx.text(id).getBytes(StandardCharsets.UTF_8)));
        }
        BagWriteResult written = new ZipBagWriter().write(new BagRequest(name, archive, fixity, tags, timestamp,
                parse("dataset.compression", compression, Compression::parse)));

        getLog().info(String.format(java.util.Locale.ROOT, "Bundle: %s (%,d payload files, %s, written in %.1f s)",
                written.archive(), written.payloadFiles(), AbstractFixityMojo.size(written.archiveBytes()),
                written.elapsed().toMillis() / 1000.0));
        if (mainArtifact) {
            project.getArtifact().setFile(written.archive().toFile());
        } else if (attach && !standalone()) {
            projectHelper.attachArtifact(project, "zip", classifier, written.archive().toFile());
        }
        StageResults.put(project, StageResults.BUNDLE, written.archive());
    }

    private Instant timestamp(Datasheet sheet) throws MojoFailureException {
        Optional<Instant> configured = parse("project.build.outputTimestamp", outputTimestamp, OutputTimestamp::parse);
        if (configured.isPresent()) {
            return configured.get();
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            return parse("SOURCE_DATE_EPOCH", epoch.trim(), OutputTimestamp::parse).orElseThrow();
        }
        Optional<String> published = sheet.datePublished();
        if (published.isPresent()) {
            return LocalDate.parse(published.get()).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        throw new MojoFailureException("No fixed time for the bundle's entries: set <project.build.outputTimestamp> in"
                + " pom.xml (e.g. 2026-05-01T00:00:00Z) or datePublished in the datasheet, so rebuilds are byte-identical");
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
