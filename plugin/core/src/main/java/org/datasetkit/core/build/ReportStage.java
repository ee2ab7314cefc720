package org.datasetkit.core.build;

import org.datasetkit.core.diag.InWords;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.datasetkit.core.copies.CopiesResult;
import org.datasetkit.core.datasheet.Composition;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.ValidationResult;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.license.LicenseCheckResult;
import org.datasetkit.core.output.AtomicFile;
import org.datasetkit.core.privacy.PrivacyResult;
import org.datasetkit.core.report.DatasheetReport;
import org.datasetkit.core.report.LabelCounts;
import org.datasetkit.core.report.LabelTableReader;
import org.datasetkit.core.report.ReportFigures;
import org.datasetkit.core.report.ReportInput;
import org.datasetkit.core.report.ReportResult;

/**
 * The HTML report ({@code report.html}) from the results of the stages up to the copy check, and the label table the
 * datasheet names. It comes before the bundle, so that the bag carries it; the bundle's own verification is not in it.
 */
final class ReportStage {

    private final BuildSettings settings;

    ReportStage(BuildSettings settings) {
        this.settings = settings;
    }

    ReportResult run(ValidationResult validation, Datasheet sheet, LicenseCheckResult licences,
            Optional<PrivacyResult> privacy, FixityResult fixity, Optional<CopiesResult> copies)
            throws IOException, DatasetException {
        long started = System.nanoTime();
        Optional<Composition.LabelTable> table = sheet.composition().flatMap(Composition::labels)
                .flatMap(Composition.Labels::table);
        Optional<LabelCounts> labels = table.isEmpty() ? Optional.empty()
                : Optional.of(new LabelTableReader().read(settings.location().root(), table.get()));
        List<String> off = settings.gates().turnedOff().stream().sorted().map(Stage::words).toList();
        ReportInput input = new ReportInput(sheet, validation, licences, privacy, off, fixity, labels,
                DatasetkitVersion.softwareAgent(), copies);
        ReportFigures figures = ReportFigures.of(input);
        String html = new DatasheetReport().render(input, figures);
        Path file = settings.location().workDirectory().resolve("report.html");
        ReportResult result = new ReportResult(file, html, figures, Duration.ofNanos(System.nanoTime() - started));
        AtomicFile.writeIfChanged(file, result.bytes());
        return result;
    }

    /** "Report: target/dataset/report.html (34.5 kB, in 0.1 s)". */
    static String summary(ReportResult r) {
        return String.format(Locale.ROOT, "Report: %s (%s, in %s)", r.file(), InWords.size(r.bytes().length),
                InWords.seconds(r.elapsed()));
    }
}
