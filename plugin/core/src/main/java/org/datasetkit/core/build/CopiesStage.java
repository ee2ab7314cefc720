package org.datasetkit.core.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.datasetkit.core.diag.ReportWriter;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.output.AtomicFile;

/** The copy check over the checksummed payload, with its report ({@code copies.json}) and {@code fingerprints.tsv}. */
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
        CopiesResult found = new CopyDetection().run(fixity, sheet, datasheetFile(), request);
        CopiesResult result = new CopiesResult(found.fingerprints(), found.overlaps(), found.duplicates(),
                settings.gates().severities().apply(found.diagnostics()));
        AtomicFile.writeIfChanged(fingerprints(), fingerprintText(sheet, result).getBytes(StandardCharsets.UTF_8));
        new ReportWriter().write(report(), "copies", result.diagnostics());
        return result;
    }

    /** The datasheet as findings name it: relative to the dataset folder where it lies inside it. */
    private String datasheetFile() {
        Path root = settings.location().root();
        return settings.location().datasheet().map(p -> p.toAbsolutePath().normalize())
                .map(p -> p.startsWith(root) ? root.relativize(p).toString() : p.toString()).orElse("datasheet.yaml");
    }

    static String fingerprintText(Datasheet sheet, CopiesResult result) {
        return FingerprintFile.write(sheet.doi().orElse(sheet.title().english()), result.fingerprints().files());
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
