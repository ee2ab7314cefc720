package org.datasetkit.core.privacy;

import java.io.IOException;
import java.nio.file.Path;
import org.datasetkit.core.diag.JsonReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code target/dataset/privacy.json}: the rules' edition, what was scanned, the kinds of all payload files,
 * and every finding by file.
 */
public final class PrivacyReportWriter {

    public void write(Path target, PrivacyResult result) throws IOException {
        ObjectNode root = JsonReport.object();
        root.put("rules", result.rulesEdition());
        ObjectNode scanned = root.putObject("scanned");
        result.scanned().forEach(scanned::put);
        ObjectNode kinds = root.putObject("kinds"); // added later: every payload file by what its content is
        result.kinds().forEach((kind, n) -> kinds.put(kind.label(), n));
        ObjectNode imaging = root.putObject("imaging"); // the DICOM headers read, by modality, view and laterality
        imaging.put("headers", result.imaging().headers());
        result.imaging().byModality().forEach(imaging.putObject("modality")::put);
        result.imaging().byView().forEach(imaging.putObject("view")::put);
        result.imaging().byLaterality().forEach(imaging.putObject("laterality")::put);
        ArrayNode files = root.putArray("files");
        for (PrivacyResult.FileReport f : result.files()) {
            ObjectNode n = files.addObject();
            n.put("path", f.path());
            n.put("kind", f.kind());
            n.put("findings", f.findings());
        }
        JsonReport.diagnostics(root, "findings", result.diagnostics());
        JsonReport.write(target, root);
    }
}
