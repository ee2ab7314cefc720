package org.datasetkit.core.copies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.datasetkit.core.datasheet.Composition;
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
     * @param knownDatasets other datasets' fingerprints: folders (one file or bundle each), files, or
     *     {@code artifact:} coordinates
     * @param artifacts how the front end finds the bundles {@code artifact:} coordinates name
     * @param threshold the Hamming distance up to which images count as near duplicates
     * @param threads decoding threads
     */
    public record Request(Path root, Optional<Path> cacheFile, List<String> knownDatasets, ArtifactResolver artifacts,
            int threshold, int threads) {

        public Request {
            knownDatasets = List.copyOf(knownDatasets);
        }
    }

    static final String ARTIFACT = "artifact:";

    /** groupId:artifactId:version[:type[:classifier]], as Maven writes coordinates. */
    private static final Pattern COORDINATES = Pattern.compile("[^:\\s]+(:[^:\\s]+){2,4}");

    public CopiesResult run(FixityResult fixity, Datasheet sheet, Request request) throws IOException {
        Fingerprints ours = new Fingerprinter().compute(fixity, request.cacheFile(), request.threads());
        CopyCheck check = new CopyCheck(request.threshold());
        List<Diagnostic> findings = new ArrayList<>(ours.warnings().all());
        List<Overlap> overlaps = new ArrayList<>();
        for (Source s : sheet.sources()) {
            Optional<Reference> ref = s.fingerprints().isEmpty() ? Optional.empty() : reference(s, request, findings);
            if (ref.isPresent()) {
                Overlap o = check.compare(ours.files(), new Reference(s.title(), ref.get().files()), true);
                overlaps.add(o);
                CopyFindings.copyNotFound(o, s.use(), s.at()).ifPresent(findings::add);
                CopyFindings.referenceCopied(o, s).ifPresent(findings::add);
            }
        }
        for (Reference known : known(request, findings)) {
            Optional<Source> declaring = declaring(known.name(), sheet);
            Overlap o = check.compare(ours.files(), known, declaring.isPresent());
            if (o.files() > 0) {
                overlaps.add(o);
            }
            CopyFindings.undeclared(o, sheet.provenance().sourcesAt()).ifPresent(findings::add);
            declaring.filter(s -> s.fingerprints().isEmpty()) // else its own fingerprints were judged above
                    .flatMap(s -> CopyFindings.referenceCopied(o, s)).ifPresent(findings::add);
        }
        List<CopyCheck.Duplicate> duplicates = check.duplicates(ours.files());
        findings.addAll(CopyFindings.duplicates(duplicates, sheet.composition().map(c -> c.splits()).orElse(List.of()),
                splitTable(sheet, request.root(), ours, findings)));
        return new CopiesResult(ours, overlaps, duplicates, Diagnostics.sorted(findings));
    }

    /** The splits the label table declares file by file, when the datasheet names its file and split columns. */
    private static Optional<SplitTable> splitTable(Datasheet sheet, Path root, Fingerprints ours,
            List<Diagnostic> findings) throws IOException {
        Optional<Composition.LabelTable> table = sheet.composition().flatMap(Composition::labels)
                .flatMap(Composition.Labels::table);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Set<String> payload = ours.files().stream().map(FileFingerprint::path).collect(Collectors.toSet());
        return SplitTable.read(root, table.get(), payload, findings);
    }

    private static Optional<Reference> reference(Source s, Request request, List<Diagnostic> findings) {
        String where = s.fingerprints().get().trim();
        Optional<Path> file = where.startsWith(ARTIFACT) ? artifact(s, where, request.artifacts(), findings)
                : Optional.of(request.root().resolve(where));
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReferenceReader().read(file.get()));
        } catch (IOException | IllegalArgumentException e) {
            findings.add(s.at().diagnostic(Severity.ERROR, "copies.fingerprints-unreadable",
                    "the fingerprints of \"" + s.title() + "\" (" + file.get() + ") cannot be read: " + e.getMessage(),
                    "point fingerprints at a datasetkit bundle, fingerprints.tsv, a BagIt bag, a Croissant file,"
                            + " a sha256sum or Hugging Face listing"));
            return Optional.empty();
        }
    }

    /** The bundle a source's {@code artifact:} coordinates name, or a finding at the source saying why not. */
    private static Optional<Path> artifact(Source s, String where, ArtifactResolver resolver,
            List<Diagnostic> findings) {
        String coordinates = where.substring(ARTIFACT.length()).trim();
        if (!COORDINATES.matcher(coordinates).matches()) {
            findings.add(s.at().diagnostic(Severity.ERROR, "copies.artifact-malformed", "the fingerprints of \""
                    + s.title() + "\" name '" + where + "', which is not artifact:groupId:artifactId:version",
                    "write artifact:groupId:artifactId:version[:type[:classifier]], e.g."
                            + " artifact:org.example:upstream-scans:1.0.0"));
            return Optional.empty();
        }
        try {
            return Optional.of(resolver.resolve(coordinates));
        } catch (ArtifactResolver.Unresolved e) {
            findings.add(s.at().diagnostic(Severity.ERROR, "copies.artifact-unresolved", "the fingerprints of \""
                    + s.title() + "\", the bundle " + coordinates + ", cannot be resolved: " + e.getMessage(),
                    "install or deploy the upstream dataset's bundle (mvn install in its project), correct the"
                            + " coordinates, or point fingerprints at a file"));
            return Optional.empty();
        }
    }

    private static List<Reference> known(Request request, List<Diagnostic> findings) throws IOException {
        List<Reference> out = new ArrayList<>();
        for (String entry : request.knownDatasets()) {
            if (entry.startsWith(ARTIFACT)) {
                String coordinates = entry.substring(ARTIFACT.length()).trim();
                try {
                    out.addAll(readKnown(List.of(request.artifacts().resolve(coordinates)), findings));
                } catch (ArtifactResolver.Unresolved e) {
                    findings.add(Diagnostic.error("copies.known-datasets-missing", "", "the known dataset " + entry
                            + " cannot be resolved: " + e.getMessage(), "install it, or correct knownDatasets"));
                }
                continue;
            }
            Path p = Path.of(entry);
            if (Files.isRegularFile(p)) {
                out.addAll(readKnown(List.of(p), findings));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> entries = Files.list(p)) {
                    out.addAll(readKnown(entries.sorted().toList(), findings));
                }
            } else {
                findings.add(Diagnostic.error("copies.known-datasets-missing", entry,
                        "the known datasets' fingerprints do not exist", "correct knownDatasets"));
            }
        }
        return out;
    }

    private static List<Reference> readKnown(List<Path> files, List<Diagnostic> findings) throws IOException {
        List<Reference> out = new ArrayList<>();
        for (Path p : files) {
            try {
                out.add(new ReferenceReader().read(p));
            } catch (IllegalArgumentException e) {
                findings.add(Diagnostic.error("copies.fingerprints-unreadable", p.toString(),
                        "not a fingerprint file: " + e.getMessage(), "remove it from the known datasets"));
            }
        }
        return out;
    }

    /** The source that declares a known dataset: one naming it by identifier or title. */
    private static Optional<Source> declaring(String name, Datasheet sheet) {
        String n = name.toLowerCase(Locale.ROOT).trim();
        return sheet.sources().stream().filter(s -> s.title().toLowerCase(Locale.ROOT).trim().equals(n)
                || s.identifier().map(i -> i.toLowerCase(Locale.ROOT).trim().equals(n)).orElse(false)).findFirst();
    }
}
