package org.datasetkit.core.datasheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.ContentSignature;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Vocabulary;
import org.datasetkit.core.output.AtomicFile;

/**
 * Writes a commented starting {@code datasheet.yaml} for an existing folder of data: what the folder holds (files,
 * size, formats found) and a {@code TODO} placeholder for every field the chosen profiles require, which validation
 * refuses until it is filled in. Also the front end's own files for a new project. Never overwrites a file.
 */
public final class DatasheetScaffold {

    /** What was written, and what was left alone because it already existed. */
    public record Outcome(List<Path> written, List<Path> kept) {}

    /**
     * Writes {@code datasheet.yaml} and the front end's files for a new project (its build file, say), each only where
     * no file of that name exists yet.
     *
     * @param words how the front end names its commands, for the datasheet's comments
     * @param frontEndFiles file names (relative to the dataset folder) and their content
     */
    public Outcome write(Dataset dataset, List<String> profiles, Vocabulary words, Map<String, String> frontEndFiles)
            throws IOException {
        List<Path> written = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        Path sheet = dataset.root().resolve("datasheet.yaml");
        if (Files.exists(sheet) || Files.exists(dataset.root().resolve("datasheet.json"))) {
            kept.add(sheet);
        } else {
            AtomicFile.write(sheet, datasheet(dataset, profiles, words).getBytes(StandardCharsets.UTF_8));
            written.add(sheet);
        }
        for (Map.Entry<String, String> file : new TreeMap<>(frontEndFiles).entrySet()) {
            Path target = dataset.root().resolve(file.getKey());
            if (Files.exists(target)) {
                kept.add(target);
            } else {
                AtomicFile.write(target, file.getValue().getBytes(StandardCharsets.UTF_8));
                written.add(target);
            }
        }
        return new Outcome(written, kept);
    }

    String datasheet(Dataset dataset, List<String> profiles, Vocabulary words) throws IOException {
        List<String> selected = new ArrayList<>(List.of("core"));
        profiles.stream().filter(p -> !selected.contains(p)).forEach(selected::add);
        StringBuilder y = new StringBuilder();
        y.append("# datasheet.yaml: the metadata of this dataset, written by '").append(words.initCommand()).append("'.\n")
                .append("# The folder holds ").append(dataset.files().size()).append(" files, ")
                .append(String.format(Locale.ROOT, "%.1f MB", dataset.totalBytes() / 1e6)).append(" in all. Formats found: ")
                .append(formats(dataset)).append(".\n")
                .append("# Replace every TODO; '").append(words.validateCommand())
                .append("' lists what is still missing, file:line:col.\n")
                .append("# Quote versions and anything that looks like a number: version: \"1.0.0\".\n\n");
        y.append("schemaVersion: \"1.0\"\n");
        y.append("profiles: [").append(String.join(", ", selected)).append("]\n\n");
        boolean snd = selected.contains("snd");
        boolean medical = selected.contains("medical");
        if (snd) {
            y.append("title: {en: \"TODO: the dataset's name\", sv: \"TODO: datasetets namn\"}\n");
            y.append("description: {en: \"TODO: what the data is, in a few sentences\", sv: \"TODO: beskrivning\"}\n");
        } else {
            y.append("title: \"TODO: the dataset's name\"\n");
            y.append("description: \"TODO: what the data is, in a few sentences\"\n");
        }
        y.append("version: \"1.0.0\"\n");
        if (medical || snd) {
            y.append("datePublished: \"TODO: YYYY-MM-DD, the release date\"\n");
        }
        if (snd) {
            // SND's BagIt profile needs the version's DOI and the SND dataset id (Bag-Group-Identifier) in bag-info
            y.append("identifiers:\n  doi: \"TODO: the DOI SND reserved for this version, e.g. 10.5878/abcd-1234\"\n");
            y.append("  alternate: [{type: SND, value: \"TODO: the SND dataset id, e.g. 2024-51\"}]\n");
        } else if (medical) {
            y.append("identifiers: {doi: \"TODO: the DOI your repository reserved, e.g. 10.5878/abcd-1234\"}\n");
        }
        if (snd) {
            y.append("keywords: [\"TODO: keyword\"]\n");
            y.append("subjects: [{scheme: SCB, code: \"TODO: the SCB research subject code\"}]\n");
            y.append("principal: {name: \"TODO: the organisation responsible for the data (huvudman)\"}\n");
            y.append("responsibleUnit: \"TODO: the department or unit\"\n");
            y.append("otherProtectedInformation: false   # TODO: check\n");
        }
        y.append("creators:\n  - {name: \"TODO: Family, Given\"}   # add orcid: and affiliations: [{name:, ror:}]\n");
        y.append("publisher: {name: \"TODO: who publishes the dataset\"}\n\n");
        y.append("license:\n  spdx: \"TODO: an SPDX id such as CC-BY-4.0\"   # https://spdx.org/licenses/\n");
        y.append("access: {level: restricted}   # open | restricted | on-request\n\n");
        y.append("provenance:\n  origin: original   # original | derived | compiled (then list the sources:)\n");
        y.append("  # sources:\n  #   - {title: \"...\", identifier: \"https://doi.org/...\", license: CC-BY-4.0, use: adapt}\n\n");
        y.append("personalData:\n  contains: true   # TODO: check; if true, describe it below\n");
        if (medical || snd) {
            y.append("  sensitive: true\n  types: [\"TODO: e.g. health data\"]\n  codeKeyRetained: true\n");
            y.append("  deidentification: {method: \"TODO: e.g. DICOM PS3.15 Basic Application Level Confidentiality Profile\"}\n");
            y.append("ethics:\n  reviewRequired: true\n");
            y.append("  approvals: [{body: \"TODO: the review board\", referenceNumber: \"TODO\"}]\n");
            if (medical) {
                y.append("  consent: {basis: waiver}   # informed | waiver | opt-out | not-applicable\n");
            }
        }
        if (medical) {
            y.append("\nmotivation: {purpose: \"TODO: why the dataset was created\"}\n");
            y.append("composition:\n  instanceDescription: \"TODO: what one instance is\"\n");
            y.append("  instanceCount: ").append(dataset.files().size()).append("   # TODO: check (this is the number of files)\n");
            y.append("  modalities: [\"TODO: e.g. MG, CT, MR\"]\n");
            y.append("uses:\n  intended: \"TODO\"\n  outOfScope: \"Not for clinical decision-making.\"   # TODO: check\n");
            y.append("  limitations: \"TODO\"\n  biases: \"TODO\"\n");
        }
        if (medical || snd) {
            y.append("collection:\n  methods: [\"TODO: how the data was collected\"]\n");
            y.append("  timeframe: {start: \"TODO: YYYY-MM-DD\", end: \"TODO: YYYY-MM-DD\"}\n");
        }
        y.append("\nmaintenance:\n  maintainer: {name: \"TODO: Family, Given\"}\n");
        y.append("  contact: \"TODO: an address that will keep working, e.g. data@example.org\"\n");
        List<String> docs = dataset.files().stream().map(DatasetFile::path)
                .filter(p -> p.toLowerCase(Locale.ROOT).matches("(docs?/.*|readme.*)\\.(md|txt|pdf|html)")).toList();
        if (snd || !docs.isEmpty()) {
            y.append("\ndocumentation:\n");
            if (docs.isEmpty()) {
                y.append("  - {path: \"TODO: docs/README.md\", role: readme}\n");
            }
            docs.forEach(d -> y.append("  - {path: \"").append(d).append("\", role: readme}\n"));
        }
        return y.toString();
    }

    /** "PNG (12), CSV (1), DICOM (3)": by content where it tells (DICOM), else by extension. */
    private static String formats(Dataset dataset) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (DatasetFile f : dataset.files()) {
            counts.merge(format(f), 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(k + " (" + v + ")"));
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    /** The kind the shared content detector sees in the first bytes, else the name's extension. */
    private static String format(DatasetFile f) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(f.file())) {
            head = in.readNBytes(ContentSignature.HEAD);
        }
        FileKind kind = ContentSignature.of(head, head.length, f.path()).kind();
        if (kind != FileKind.OTHER && kind != FileKind.TEXT) { // text is known by its name: say which
            return kind.label().toUpperCase(Locale.ROOT);
        }
        String name = f.path().substring(f.path().lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "no extension" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
    }
}
