package org.datasetkit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.report.DatasheetReport;
import org.datasetkit.core.report.ReportResult;
import org.eclipse.aether.RepositorySystem;

/**
 * Writes the dataset's report, {@code target/dataset/report.html}: one self-contained HTML page (no script, nothing
 * loaded from anywhere, printable) for the people who decide on a release — the Datasheets-for-Datasets sections, how
 * complete the datasheet is, charts of the files by format and folder, the DICOM images by modality, view and
 * laterality, the labels and splits of the label table the datasheet names, a timeline, the licence graph, the
 * privacy gate's summary and the checksums. Runs the gates and the checksums first (it reads their results); the
 * bundle carries the same page as {@code data/DATASHEET.html}.
 *
 * <p>It is also a site report: listed under {@code <reporting>}, {@code mvn site} puts the same content on the
 * project's site ({@code dataset-report.html}) beside the standalone file.
 *
 * @since 0.2.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, requiresProject = false, threadSafe = true)
public class ReportMojo extends AbstractCopyCheckMojo implements MavenReport {

    /**
     * Skip this goal (and the site report). The bundle still carries the report.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.report.skip", defaultValue = "false")
    private boolean skipReport;

    /** Where the site puts its pages; set by the site plugin. */
    private File reportOutputDirectory;

    @Inject
    public ReportMojo(MavenProject project, MavenSession session, RepositorySystem repositories) {
        super(project, session, repositories);
    }

    @Override
    protected void run() throws IOException, DatasetException, MojoFailureException {
        pipeline().report();
    }

    @Override
    protected String goal() {
        return "report";
    }

    @Override
    protected boolean goalSkipped() {
        return skipReport;
    }

    // ---- as a site report (mvn site)

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        sink.head();
        sink.title();
        sink.text(getName(locale));
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(getName(locale));
        sink.sectionTitle1_();
        if (skip || skipReport) {
            sink.paragraph();
            sink.text("The dataset report was skipped (dataset.skip or dataset.report.skip).");
            sink.paragraph_();
        } else {
            ReportResult report = siteReport();
            sink.paragraph();
            sink.text("The same report as one self-contained file, to keep, print or send: ");
            sink.link("dataset-report-standalone.html");
            sink.text("dataset-report-standalone.html");
            sink.link_();
            sink.paragraph_();
            sink.rawText(DatasheetReport.embedded(report.html()));
        }
        sink.section1_();
        sink.body_();
        sink.flush();
    }

    /** The report, with the goal's failures turned into the site's: a refused gate fails the site too. */
    private ReportResult siteReport() throws MavenReportException {
        try {
            ReportResult report = runForSite();
            File dir = getReportOutputDirectory();
            Files.createDirectories(dir.toPath());
            org.datasetkit.core.output.AtomicFile.write(dir.toPath().resolve("dataset-report-standalone.html"), report.bytes());
            return report;
        } catch (MojoExecutionException | MojoFailureException | IOException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    private ReportResult runForSite() throws MojoExecutionException, MojoFailureException {
        ReportResult[] result = new ReportResult[1];
        runMapped(() -> result[0] = pipeline().report());
        return result[0];
    }

    @Override
    public String getOutputName() {
        return "dataset-report";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Dataset report";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The dataset's datasheet, composition, licences, privacy gate and checksums, with charts.";
    }

    @Override
    public void setReportOutputDirectory(File outputDirectory) {
        this.reportOutputDirectory = outputDirectory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory != null ? reportOutputDirectory
                : new File(project.getReporting() == null || project.getReporting().getOutputDirectory() == null
                        ? project.getBuild().getDirectory() + "/site" : project.getReporting().getOutputDirectory());
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return true;
    }
}
