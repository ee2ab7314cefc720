package org.datasetkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diag.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** privacy.json, written as the files are listed, in the bytes the tree of earlier versions gave. */
class PrivacyReportWriterTest {

    @TempDir
    Path dir;

    /** How privacy.json was written before it was streamed: as one tree. */
    private static void asATree(Path target, PrivacyResult result) throws Exception {
        ObjectNode root = JsonReport.object();
        root.put("rules", result.rulesEdition());
        ObjectNode scanned = root.putObject("scanned");
        result.scanned().forEach(scanned::put);
        ObjectNode kinds = root.putObject("kinds");
        result.kinds().forEach((kind, n) -> kinds.put(kind.label(), n));
        ObjectNode imaging = root.putObject("imaging");
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

    private void assertSameBytes(PrivacyResult result) throws Exception {
        asATree(dir.resolve("tree.json"), result);
        new PrivacyReportWriter().write(dir.resolve("streamed.json"), result);

        assertThat(Files.readAllBytes(dir.resolve("streamed.json"))).isEqualTo(Files.readAllBytes(dir.resolve("tree.json")));
    }

    @Test
    void theStreamedReportHasTheBytesOfTheTree() throws Exception {
        Diagnostic odd = new Diagnostic(org.datasetkit.core.diag.Severity.ERROR, "privacy.person-name",
                "images/\"quoted\" \\ å\t.dcm", 3, 9, "(0010,0010)", "holds 'D******e'\n\u0001", "remove it ✓");
        PrivacyResult result = new PrivacyResult(Map.of("dicom", 2, "table", 1),
                List.of(new PrivacyResult.FileReport("images/\"quoted\" \\ å\t.dcm", "dicom", 1),
                        new PrivacyResult.FileReport("b.dcm", "dicom", 0), new PrivacyResult.FileReport("t.csv", "table", 0)),
                Diagnostics.of(odd), "2024c", Duration.ofMillis(5), Map.of(FileKind.DICOM, 2, FileKind.CSV, 1),
                new ImagingCounts(2, Map.of("MG", 2), Map.of("CC", 1, ImagingCounts.NOT_STATED, 1), Map.of()));

        assertSameBytes(result);
    }

    @Test
    void anEmptyScanHasTheBytesOfTheTree() throws Exception {
        assertSameBytes(new PrivacyResult(Map.of(), List.of(), Diagnostics.none(), "2024c", Duration.ZERO, Map.of(),
                ImagingCounts.none()));
    }

    @Test
    void theReportsOfAScanListOnlyTheFilesACheckRead() {
        FileReports.Builder b = new FileReports.Builder(i -> "f" + i, 4);
        b.add(1, "png", 0);
        b.add(3, "table", 2);

        assertThat(b.build()).containsExactly(new PrivacyResult.FileReport("f1", "png", 0),
                new PrivacyResult.FileReport("f3", "table", 2));
        assertThat(Optional.of(b.build().size())).contains(2);
    }
}
