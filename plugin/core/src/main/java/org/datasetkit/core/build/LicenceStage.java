package org.datasetkit.core.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.license.LicenseCheckResult;
import org.datasetkit.core.license.LicenseChecker;
import org.datasetkit.core.license.LicenseRegistry;
import org.datasetkit.core.license.LicenseReportWriter;
import org.datasetkit.core.license.SpdxLicenseList;
import org.datasetkit.core.output.AtomicFile;

/** The licence check, with its report ({@code licenses.json}) and the NOTICE the bundle carries. */
final class LicenceStage {

    private final BuildSettings settings;

    LicenceStage(BuildSettings settings) {
        this.settings = settings;
    }

    LicenseCheckResult run(Datasheet sheet) throws IOException, DatasetException {
        LicenseCheckResult checked = new LicenseChecker(new SpdxLicenseList(), registry()).check(sheet,
                settings.location().root());
        LicenseCheckResult judged = checked.withDiagnostics(settings.gates().severities().apply(checked.diagnostics()));
        LicenseCheckResult result = judged.refused(judged.diagnostics().failUnder(settings.gates().failOn()));
        Path work = settings.location().workDirectory();
        new LicenseReportWriter().write(work.resolve("licenses.json"), result, settings.gates().isOn(Stage.LICENSES));
        AtomicFile.write(work.resolve("NOTICE"), result.notice().getBytes(StandardCharsets.UTF_8));
        return result;
    }

    private LicenseRegistry registry() throws DatasetException {
        LicenseRegistry builtIn = LicenseRegistry.builtIn();
        if (settings.gates().licenseRegistry().isEmpty()) {
            return builtIn;
        }
        Path file = settings.gates().licenseRegistry().get();
        try {
            return builtIn.with(file);
        } catch (IOException e) {
            throw new DatasetException(Diagnostic.error("license.registry-unreadable", file.toString(),
                    "the project's licence registry cannot be used: " + e.getMessage(),
                    "give a CSV with the columns of the bundled licenses.csv"));
        }
    }
}
