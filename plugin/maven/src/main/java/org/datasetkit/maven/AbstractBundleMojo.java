package org.datasetkit.maven;

import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.bag.Compression;
import org.datasetkit.core.build.BundleSettings;
import org.datasetkit.core.build.IncrementalSettings;
import org.datasetkit.core.export.ExportVersions;
import org.eclipse.aether.RepositorySystem;

/** The goals that need the bundle: its parameters, on top of the version check's. */
public abstract class AbstractBundleMojo extends AbstractDiffMojo {

    /**
     * {@code auto}: deflate what compresses, store images and archives; {@code stored}: store everything.
     * In {@code auto}, a file is deflated only when that saves at least 1/32 of its size (Info-ZIP's {@code zip}
     * likewise stores what deflate does not shrink): a file whose first 64 KiB have evenly spread byte values and
     * almost no repeated string (random, encrypted or already-compressed data) is stored without being deflated, and
     * any other file whose deflated form saves less is stored as it is; empty files are stored. The decision depends
     * on the file's bytes only, not on the number of threads.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.compression", defaultValue = "auto")
    protected String compression;

    /**
     * The bundle's serialisation: {@code zip} (default), {@code tar.gz}, or {@code directory} (a bag folder).
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.format", defaultValue = "zip")
    protected String format;

    /**
     * Classifier of the bundle when the packaging is not {@code dataset} (then the bundle is attached, not the main
     * artifact).
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.classifier", defaultValue = "dataset")
    protected String classifier;

    /**
     * The RO-Crate version of {@code ro-crate-metadata.json}: {@code 1.2} (default) or {@code 1.3}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.roCrateVersion", defaultValue = "1.2")
    protected String roCrateVersion;

    /**
     * The DataCite Metadata Schema version of {@code metadata/datacite.xml}: {@code 4.6} (default) or {@code 4.7}.
     * Keep 4.6 until the DOI registrar you deposit with accepts 4.7.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.dataciteVersion", defaultValue = "4.6")
    protected String dataciteVersion;

    /**
     * Write the SPDX 3.0.1 document of the dataset ({@code metadata/dataset.spdx.json} in the bag, Dataset profile:
     * licence, sources, personal data, size, every file's checksums), and attach it with the classifier {@code spdx}.
     * {@code false} leaves it out.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.spdx", defaultValue = "true")
    protected boolean spdx;

    /**
     * Write the CycloneDX 1.6 BOM of the dataset ({@code metadata/dataset.cdx.json} in the bag: a {@code data}
     * component with its licence, governance, sensitive data and sources as pedigree, every file's checksums), and
     * attach it with the classifier {@code cyclonedx}. {@code false} leaves it out.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.cyclonedx", defaultValue = "true")
    protected boolean cyclonedx;

    /**
     * {@code none} (default): the bag holds every file. {@code fetch}: an incremental bag — the files unchanged since
     * the previous release (the one {@code dataset.previous} finds: same path, same SHA-256) are written as
     * {@code fetch.txt} lines (URL, length, path) instead of their bytes; the manifests still list every file and
     * Payload-Oxum counts them all, so the bag is complete and valid once they are fetched (RFC 8493). The URL is
     * {@code dataset.previousUrl}, or by default {@code ../<id>-<previousVersion>/data/<path>}, the relative form of
     * SND's storage service (id: the SND dataset id; otherwise the previous bag's own name replaces
     * {@code <id>-<previousVersion>}). {@code verify-bundle} reads the fetched files from the previous release.
     * Refused with the {@code snd-bagger} profile, which does not allow fetch.txt.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.incremental", defaultValue = "none")
    protected String incremental;

    /**
     * With {@code dataset.incremental=fetch}, the URL a carried file is fetched from, instead of the relative default:
     * {@code {previousVersion}} is replaced by the previous release's version and {@code {path}} by the file's path
     * under the bag's {@code data/}, each percent-encoded per RFC 3986 segment by segment (a space is {@code %20},
     * {@code %} is {@code %25}, other non-ASCII bytes as UTF-8), e.g.
     * {@code https://repo.example.org/my-dataset/{previousVersion}/{path}}. Absolute URLs suit the BagIt tools that
     * read only those (bagit-java); the relative default suits SND's storage service.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.previousUrl")
    protected String previousUrl;

    /**
     * Skip the {@code bundle} goal. {@code verify-bundle} then has nothing of this build to verify and is skipped
     * too, unless {@code dataset.bag} names a bag.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.bundle.skip", defaultValue = "false")
    protected boolean skipBundle;

    protected AbstractBundleMojo(MavenProject project, MavenSession session, RepositorySystem repositories) {
        super(project, session, repositories);
    }

    @Override
    protected Optional<String> bundleClassifier() {
        return bundleIsMainArtifact() ? Optional.empty() : Optional.ofNullable(classifier);
    }

    /** True when the bundle is the project's main artifact ({@code dataset} packaging). */
    protected boolean bundleIsMainArtifact() {
        return !standalone() && "dataset".equals(project.getPackaging());
    }

    @Override
    protected BundleSettings bundleSettings() throws MojoFailureException {
        BundleSettings known = super.bundleSettings();
        Optional<String> suffix = bundleIsMainArtifact() || standalone() ? Optional.empty() : Optional.ofNullable(classifier);
        return new BundleSettings(known.baseName(), suffix, parse("dataset.format", format, BundleSettings::format),
                parse("dataset.compression", compression, Compression::parse), known.bagitProfile(),
                known.outputTimestamp(), known.sourceDateEpoch(), new ExportVersions(
                        parse("dataset.roCrateVersion", roCrateVersion, v -> new ExportVersions(v, null).roCrate()),
                        parse("dataset.dataciteVersion", dataciteVersion, v -> new ExportVersions(null, v).dataCite()),
                        spdx, cyclonedx),
                new IncrementalSettings(parse("dataset.incremental", incremental, IncrementalSettings::parseMode),
                        parse("dataset.previousUrl", Optional.ofNullable(previousUrl), IncrementalSettings::checked)));
    }
}
