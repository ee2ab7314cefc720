package org.datasetkit.core.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.datasetkit.core.copies.CopiesResult;
import org.datasetkit.core.copies.CopyDetection;
import org.datasetkit.core.copies.FingerprintFile;
import org.datasetkit.core.copies.Overlap;
import org.datasetkit.core.copies.PerceptualHash;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.diag.InWords;
import org.datasetkit.core.diag.JsonReport;
import org.datasetkit.core.diag.SarifWriter;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.output.AtomicFile;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The copy check over the checksummed payload, with its reports ({@code copies.json}, {@code copies.sarif}) and
 * {@code fingerprints.tsv}.
 */
final class CopiesStage {

    private final BuildSettings settings;

    CopiesStage(BuildSettings settings) {
        this.settings = settings;
    }

    CopiesResult run(Datasheet sheet, FixityResult fixity) throws IOException {
        Path work = settings.location().workDirectory();
        Files.createDirectories(work);
        CopySettings c = settings.copies();
        CopyDetection.Request request = new CopyDetection.Request(settings.location().root(),
                java.util.Optional.of(work.resolve("fingerprint-cache.tsv")), c.knownDatasets(), c.artifacts(),
                c.threshold(), settings.threads());
        CopiesResult found = new CopyDetection().run(fixity, sheet, request);
        CopiesResult result = new CopiesResult(found.fingerprints(), found.overlaps(), found.duplicates(),
                settings.gates().severities().apply(found.diagnostics()));
        AtomicFile.writeIfChanged(fingerprints(),
                out -> FingerprintFile.write(fingerprintName(sheet), result.fingerprints().files(), out));
        writeReports(result);
        return result;
    }

    /** {@code copies.json}, the findings and each overlap in numbers, and {@code copies.sarif} for code scanning. */
    private void writeReports(CopiesResult result) throws IOException {
        ObjectNode root = JsonReport.object();
        root.put("tool", "datasetkit");
        root.put("stage", "copies");
        root.put("recipe", PerceptualHash.RECIPE);
        root.put("threshold", settings.copies().threshold());
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", result.diagnostics().errorCount());
        summary.put("warnings", result.diagnostics().warningCount());
        summary.put("files", result.fingerprints().files().size());
        summary.put("duplicatePairs", result.duplicates().size());
        ArrayNode overlaps = root.putArray("overlaps");
        for (Overlap o : result.overlaps()) {
            ObjectNode n = overlaps.addObject();
            n.put("dataset", o.source());
            n.put("declared", o.declared());
            n.put("files", o.files());
            n.put("payloadFiles", o.payloadFiles());
            n.put("identical", o.identical());
            n.put("samePixels", o.samePixels());
            n.put("near", o.near());
            o.examples().forEach(n.putArray("examples")::add);
        }
        JsonReport.diagnostics(root, "diagnostics", result.diagnostics());
        JsonReport.write(report(), root);
        new SarifWriter().write(settings.location().workDirectory().resolve("copies.sarif"),
                DatasetkitVersion.current(), result.diagnostics());
    }

    /** The dataset's name in {@code fingerprints.tsv}: its DOI, or its title. */
    static String fingerprintName(Datasheet sheet) {
        return sheet.doi().orElse(sheet.title().english());
    }

    Path report() {
        return settings.location().workDirectory().resolve("copies.json");
    }

    Path fingerprints() {
        return settings.location().workDirectory().resolve(FingerprintFile.FILE_NAME);
    }

    /** "Copies in x: 12 of 40 files (30%): 10 identical, 1 same pixels, 1 near (declared)". */
    static String summary(Overlap o) {
        return String.format(Locale.ROOT, "Copies in %s: %,d of %,d files (%.0f%%): %,d identical, %,d same pixels,"
                + " %,d near (%s)", o.source(), o.files(), o.payloadFiles(), 100 * o.share(), o.identical(),
                o.samePixels(), o.near(), o.declared() ? "declared" : "NOT declared");
    }

    /** "Fingerprints (phash-v1) of 40 files: 3 read in 0.2 s, 37 unchanged since the last run; 0 duplicates". */
    static String summary(CopiesResult r) {
        return String.format(Locale.ROOT, "Fingerprints (%s) of %,d files: %,d read in %s, %,d unchanged since the last"
                + " run; %,d duplicate pair(s) within the dataset; %s", PerceptualHash.RECIPE,
                r.fingerprints().files().size(), r.fingerprints().read(), InWords.seconds(r.fingerprints().elapsed()),
                r.fingerprints().cached(), r.duplicates().size(), r.diagnostics().summary());
    }
}
