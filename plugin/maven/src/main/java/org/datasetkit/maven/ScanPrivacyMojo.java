package org.datasetkit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.privacy.PrivacyPolicy;
import org.datasetkit.core.privacy.PrivacyReportWriter;
import org.datasetkit.core.privacy.PrivacyResult;
import org.datasetkit.core.privacy.PrivacyScanner;

/**
 * The privacy gate: refuses a dataset whose files contradict what its datasheet says about personal data.
 * DICOM headers (read up to the pixel data) are checked against the identifying attributes of DICOM PS3.15 Annex E,
 * every person name must be a declared pseudonym, the de-identification markers must agree with the declared
 * method; PNG and JPEG metadata and every CSV/TSV cell are checked for personal identity numbers and identifying
 * columns. Files are recognised by content, not by name; unreadable DICOM fails. Writes
 * {@code target/dataset/privacy.json}.
 */
@Mojo(name = "scan-privacy", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, requiresProject = false, threadSafe = true)
public class ScanPrivacyMojo extends AbstractDatasetMojo {

    /** Skip this goal. */
    @Parameter(property = "dataset.privacy.skip", defaultValue = "false")
    private boolean skipPrivacy;

    /**
     * Reviewed exceptions, one per line: a file's path in the dataset and what is accepted in it — a DICOM tag
     * such as {@code (0008,0080)}, {@code personnummer}, {@code column:<name>}, {@code png:<keyword>} or
     * {@code jpeg:<kind>}. Lines starting with # are comments.
     */
    @Parameter(property = "dataset.privacyAllowlist")
    private File allowlist;

    /** Scanning threads; 0 means one per available processor. */
    @Parameter(property = "dataset.threads", defaultValue = "0")
    private int threads;

    @Inject
    public ScanPrivacyMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected void run() throws IOException, DatasetException, MojoFailureException {
        Datasheet sheet = requireDatasheet();
        Dataset dataset = scanDataset();
        StageResults.put(project, StageResults.DATASET, dataset); // the checksum goal hashes this same file list
        PrivacyPolicy policy = PrivacyPolicy.from(sheet, allowlist());
        PrivacyResult result = new PrivacyScanner().scan(dataset, policy,
                threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        Path report = workDirectory().resolve("privacy.json");
        new PrivacyReportWriter().write(report, result);
        DiagnosticLog.print(getLog(), result.diagnostics(), report.toString());
        failIf(result.diagnostics(), "The files contradict the datasheet's personalData declaration");
        getLog().info(String.format(Locale.ROOT, "Privacy gate (%s): %s in %.1f s; %s", result.rulesEdition(),
                result.scannedInWords(), result.elapsed().toMillis() / 1000.0, result.diagnostics().summary()));
    }

    private Set<String> allowlist() throws IOException, MojoFailureException {
        if (allowlist == null) {
            return Set.of();
        }
        if (!allowlist.isFile()) {
            throw new MojoFailureException("dataset.privacyAllowlist: " + allowlist + " does not exist");
        }
        return PrivacyPolicy.readAllowList(allowlist.toPath());
    }

    @Override
    protected String goal() {
        return "scan-privacy";
    }

    @Override
    protected boolean goalSkipped() {
        return skipPrivacy;
    }

    @Override
    protected String goalSkipProperty() {
        return "dataset.privacy.skip";
    }
}
