package org.datasetkit.core.copies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.Source;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diag.Severity;
import org.datasetkit.core.fixity.FixityResult;

/** The copy check: fingerprint the payload, compare it with each declared source and each known dataset, and within. */
public final class CopyDetection {

    /**
     * @param root the dataset folder, which relative fingerprint paths are resolved against
     * @param cacheFile the fingerprint cache, or empty
     * @param knownDatasets a folder of other datasets' fingerprints (one file or bundle each), or empty
     * @param artifacts what the front end resolved each {@code artifact:} coordinate to
     * @param threshold the Hamming distance up to which images count as near duplicates
     * @param threads decoding threads
     */
    public record Request(Path root, Optional<Path> cacheFile, Optional<Path> knownDatasets, Map<String, Path> artifacts,
            int threshold, int threads) {

        public Request {
            artifacts = Map.copyOf(artifacts);
        }
    }

    public CopiesResult run(FixityResult fixity, Datasheet sheet, String datasheetFile, Request request)
            throws IOException {
        Fingerprints ours = new Fingerprinter().compute(fixity, request.cacheFile(), request.threads());
        CopyCheck check = new CopyCheck(request.threshold());
        List<Diagnostic> findings = new ArrayList<>(ours.warnings().all());
        List<Overlap> overlaps = new ArrayList<>();
        for (Source s : sheet.sources()) {
            if (s.fingerprints().isEmpty()) {
                continue;
            }
            Optional<Reference> ref = reference(s, request, findings);
            if (ref.isPresent()) {
                Overlap o = check.compare(ours.files(), new Reference(s.title(), ref.get().files()), true);
                overlaps.add(o);
                CopyFindings.copyNotFound(o, s.use(), s.at()).ifPresent(findings::add);
            }
        }
        for (Reference known : known(request, findings)) {
            Overlap o = check.compare(ours.files(), known, isDeclared(known.name(), sheet));
            if (o.files() > 0) {
                overlaps.add(o);
            }
            CopyFindings.undeclared(o, datasheetFile).ifPresent(findings::add);
        }
        List<CopyCheck.Duplicate> duplicates = check.duplicates(ours.files());
        findings.addAll(CopyFindings.duplicates(duplicates,
                sheet.composition().map(c -> c.splits()).orElse(List.of())));
        return new CopiesResult(ours, overlaps, duplicates, Diagnostics.sorted(findings));
    }

    private static Optional<Reference> reference(Source s, Request request, List<Diagnostic> findings) {
        String where = s.fingerprints().get();
        Path file = where.startsWith("artifact:") ? request.artifacts().get(where.substring("artifact:".length()))
                : request.root().resolve(where);
        if (file == null) {
            findings.add(s.at().diagnostic(Severity.ERROR, "copies.artifact-unresolved",
                    "the fingerprints " + where + " of \"" + s.title() + "\" were not resolved",
                    "run the check through a front end that resolves artifact: coordinates (mvn dataset:check-copies)"));
            return Optional.empty();
        }
        try {
            return Optional.of(new ReferenceReader().read(file));
        } catch (IOException | IllegalArgumentException e) {
            findings.add(s.at().diagnostic(Severity.ERROR, "copies.fingerprints-unreadable",
                    "the fingerprints of \"" + s.title() + "\" (" + file + ") cannot be read: " + e.getMessage(),
                    "point fingerprints at a datasetkit bundle, fingerprints.tsv, a BagIt bag, a Croissant file,"
                            + " a sha256sum or Hugging Face listing"));
            return Optional.empty();
        }
    }

    private static List<Reference> known(Request request, List<Diagnostic> findings) throws IOException {
        if (request.knownDatasets().isEmpty()) {
            return List.of();
        }
        Path folder = request.knownDatasets().get();
        if (!Files.isDirectory(folder)) {
            findings.add(Diagnostic.error("copies.known-datasets-missing", folder.toString(),
                    "the folder of known datasets' fingerprints does not exist", "point knownDatasets at a folder"));
            return List.of();
        }
        List<Reference> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.sorted().toList()) {
                try {
                    out.add(new ReferenceReader().read(p));
                } catch (IllegalArgumentException e) {
                    findings.add(Diagnostic.error("copies.fingerprints-unreadable", p.toString(),
                            "not a fingerprint file: " + e.getMessage(), "remove it from the known datasets' folder"));
                }
            }
        }
        return out;
    }

    /** A known dataset is declared when a source names it by identifier or title. */
    private static boolean isDeclared(String name, Datasheet sheet) {
        String n = name.toLowerCase(Locale.ROOT).trim();
        return sheet.sources().stream().anyMatch(s -> s.title()
                .toLowerCase(Locale.ROOT).trim().equals(n)
                || s.identifier().map(i -> i.toLowerCase(Locale.ROOT).trim().equals(n)).orElse(false));
    }
}
