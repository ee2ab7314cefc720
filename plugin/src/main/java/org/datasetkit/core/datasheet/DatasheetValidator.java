package org.datasetkit.core.datasheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diag.Severity;
import tools.jackson.databind.JsonNode;

/**
 * Validates a datasheet: strict reading, the JSON Schema, then the rules a schema cannot express (the version
 * agrees with the project, referenced files exist inside the dataset). Reports every problem it finds.
 */
public final class DatasheetValidator {

    public static final List<String> DEFAULT_NAMES = List.of("datasheet.yaml", "datasheet.yml", "datasheet.json");

    private final DatasheetSchema schema;
    private final StrictDatasheetReader reader = new StrictDatasheetReader();

    public DatasheetValidator(DatasheetSchema schema) {
        this.schema = schema;
    }

    public ValidationResult validate(ValidationRequest request) throws IOException {
        Path root = request.datasetRoot().toAbsolutePath().normalize();
        Optional<Path> file = request.datasheet().map(p -> root.resolve(p).normalize()).or(() -> locate(root));
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            String name = file.map(f -> display(root, f)).orElse("datasheet.yaml");
            return failed(Diagnostic.error("datasheet.missing", name,
                    "no datasheet found in " + root,
                    "create one with 'mvn dataset:init', or point dataset.datasheet at it"));
        }
        ParsedDatasheet parsed;
        try {
            parsed = reader.read(file.get(), display(root, file.get()));
        } catch (DatasetException e) {
            return new ValidationResult(Optional.empty(), e.diagnostics());
        }
        List<Diagnostic> findings = new ArrayList<>(
                new SchemaErrorTranslator(schema.tree()).translate(schema.validate(parsed.tree()), parsed));
        if (findings.isEmpty()) {
            findings.addAll(semanticChecks(parsed, root, request.expectedVersion()));
        }
        Diagnostics diagnostics = Diagnostics.sorted(findings);
        Optional<Datasheet> datasheet = diagnostics.hasErrors() ? Optional.empty() : Optional.of(new Datasheet(parsed));
        return new ValidationResult(datasheet, diagnostics);
    }

    /** The default datasheet of a dataset folder, if it has one. */
    public static Optional<Path> locate(Path root) {
        for (String name : DEFAULT_NAMES) {
            Path candidate = root.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static List<Diagnostic> semanticChecks(ParsedDatasheet sheet, Path root, Optional<String> expectedVersion) {
        List<Diagnostic> out = new ArrayList<>();
        JsonNode tree = sheet.tree();
        String version = tree.path("version").asString();
        if (expectedVersion.isPresent() && !expectedVersion.get().equals(version)) {
            out.add(at(sheet, "/version", "datasheet.version-mismatch",
                    "version \"" + version + "\" differs from the project version " + expectedVersion.get(),
                    "make <version> in pom.xml and version: in the datasheet the same release number"));
        }
        checkPathExists(sheet, root, "/license/textFile", out);
        JsonNode docs = tree.path("documentation");
        for (int i = 0; i < docs.size(); i++) {
            checkPathExists(sheet, root, "/documentation/" + i + "/path", out);
        }
        String spdx = tree.path("license").path("spdx").asString("");
        if (spdx.contains("LicenseRef-") && tree.path("license").path("textFile").isMissingNode()) {
            out.add(at(sheet, "/license/spdx", "license.text-required",
                    "'" + spdx + "' is not on the SPDX list, so its text must travel with the data",
                    "add license.textFile: LICENSE.txt holding the full licence text"));
        }
        return out;
    }

    private static void checkPathExists(ParsedDatasheet sheet, Path root, String pointer, List<Diagnostic> out) {
        JsonNode node = sheet.tree().at(pointer);
        if (node.isMissingNode()) {
            return;
        }
        Path target = root.resolve(node.asString()).normalize();
        if (!target.startsWith(root)) {
            out.add(at(sheet, pointer, "datasheet.path-outside", "'" + node.asString() + "' points outside the dataset folder",
                    "give a path relative to the dataset folder, without '..'"));
        } else if (!Files.isRegularFile(target)) {
            out.add(at(sheet, pointer, "datasheet.path-missing", "'" + node.asString() + "' does not exist in the dataset",
                    "add the file, or correct the path (relative to the dataset folder)"));
        }
    }

    private static Diagnostic at(ParsedDatasheet sheet, String pointer, String code, String message, String hint) {
        SourcePosition pos = sheet.sourceMap().valueOf(pointer);
        return new Diagnostic(Severity.ERROR, code, sheet.displayName(), pos.line(), pos.column(), pointer, message, hint);
    }

    private static String display(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    private static ValidationResult failed(Diagnostic d) {
        return new ValidationResult(Optional.empty(), Diagnostics.of(d));
    }
}
