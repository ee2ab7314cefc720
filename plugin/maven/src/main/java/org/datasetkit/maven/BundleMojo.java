package org.datasetkit.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.datasetkit.core.bag.BagWriteResult;
import org.datasetkit.core.build.DatasetBuild;
import org.datasetkit.core.build.record.GoalRun;
import org.datasetkit.core.diag.DatasetException;
import org.eclipse.aether.RepositorySystem;

/**
 * Builds the deposit bundle: a BagIt 1.0 bag whose payload mirrors the dataset folder, with RO-Crate, DataCite,
 * Croissant and DATASHEET.md generated from the datasheet beside it, written as a reproducible zip (or tar.gz, or a
 * folder) with one top-level folder {@code <artifactId>-<version>/}. Runs every gate first — the datasheet, the
 * licences, the privacy gate — whether the lifecycle ran them or the goal runs alone, with or without a POM: no
 * bundle is written that a gate refuses. The checksums are reused, and each payload file is read once, straight into
 * the archive. An archive that already is what this build would write is kept as it is ({@code -Ddataset.force}
 * writes it again). With {@code dataset} packaging the bundle is the project's main artifact; otherwise it is
 * attached with a classifier.
 *
 * @since 0.1.0
 */
@Mojo(name = "bundle", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public class BundleMojo extends AbstractBundleMojo {

    /**
     * Attach the bundle to the project when the packaging is not {@code dataset}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.attach", defaultValue = "true")
    private boolean attach;

    /** The classifier of the attached Hugging Face dataset card ({@code <artifactId>-<version>-huggingface-card.md}). */
    static final String HUGGING_FACE_CLASSIFIER = "huggingface-card";

    /** The classifier of the attached SPDX 3.0.1 document ({@code <artifactId>-<version>-spdx.json}). */
    static final String SPDX_CLASSIFIER = "spdx";

    /** The classifier of the attached CycloneDX 1.6 BOM ({@code <artifactId>-<version>-cyclonedx.json}), as
     * cyclonedx-maven-plugin names BOMs. */
    static final String CYCLONEDX_CLASSIFIER = "cyclonedx";

    private final MavenProjectHelper projectHelper;

    @Inject
    public BundleMojo(MavenProject project, MavenSession session, MavenProjectHelper projectHelper,
            RepositorySystem repositories) {
        super(project, session, repositories);
        this.projectHelper = projectHelper;
    }

    @Override
    protected void run() throws IOException, DatasetException, MojoFailureException {
        DatasetBuild build = pipeline();
        BagWriteResult written = build.bundle();
        String extension = bundleSettings().extension();
        if (bundleIsMainArtifact() && !extension.isEmpty()) {
            handBack(new GoalRun.HandedOver("main", extension.substring(1), "", written.archive()));
        } else if (attach && !standalone() && !extension.isEmpty()) {
            handBack(new GoalRun.HandedOver("attached", extension.substring(1), classifier, written.archive()));
        }
        if (attach && !standalone() && !extension.isEmpty()) {
            // deployed beside the bundle, so a copy uploaded to a community platform keeps its licence and provenance,
            // and supply-chain tools find the dataset's SPDX document and CycloneDX BOM where they look for them
            attachIfWritten(build.huggingFaceCard(), "md", HUGGING_FACE_CLASSIFIER, true);
            attachIfWritten(build.spdxDocument(), "json", SPDX_CLASSIFIER, spdx);
            attachIfWritten(build.cycloneDxBom(), "json", CYCLONEDX_CLASSIFIER, cyclonedx);
        }
    }

    private void attachIfWritten(Path file, String type, String classifier, boolean on) {
        if (on && Files.isRegularFile(file)) {
            handBack(new GoalRun.HandedOver("attached", type, classifier, file));
        }
    }

    /** Hands Maven the bundle or a file beside it, as this goal's run does and as its replay does again. */
    @Override
    protected void handBack(GoalRun.HandedOver file) {
        if (file.role().equals("main")) {
            project.getArtifact().setFile(file.file().toFile());
        } else if (file.role().equals("attached")) {
            projectHelper.attachArtifact(project, file.type(), file.classifier(), file.file().toFile());
        }
        handedOver(file.role(), file.type(), file.classifier(), file.file());
    }

    /**
     * With {@code dataset} packaging the bundle is the main artifact: without it, install and deploy would fail on a
     * project that "did not assign a file". Skipping the bundle skips them too, and says so.
     */
    @Override
    protected void whenSkipped() {
        if (bundleIsMainArtifact() && project.getArtifact().getFile() == null) {
            project.getProperties().setProperty("maven.install.skip", "true");
            project.getProperties().setProperty("maven.deploy.skip", "true");
            getLog().info("No bundle, so nothing to install or deploy: install and deploy skip " + project.getArtifactId());
        }
    }

    @Override
    protected String goal() {
        return "bundle";
    }

    @Override
    protected boolean goalSkipped() {
        return skipBundle;
    }
}
