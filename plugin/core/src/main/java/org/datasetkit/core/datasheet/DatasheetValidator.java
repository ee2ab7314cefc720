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
import org.datasetkit.core.diag.Vocabulary;

/**
 * Validates a datasheet: strict reading, the JSON Schema, then the rules a schema cannot express and the
 * obligations of the selected profiles (core, medical, snd). Reports every problem it finds, and how complete the
 * datasheet is.
 */
public final class DatasheetValidator {

    public static final List<String> DEFAULT_NAMES = List.of("datasheet.yaml", "datasheet.yml", "datasheet.json");

    private final DatasheetSchema schema;
    private final Optional<SchemaPassStamp> stamp;
    private final Profiles profiles = Profiles.load();

    public DatasheetValidator(DatasheetSchema schema) {
        this(schema, Optional.empty());
    }

    /** A validator that skips the JSON Schema for a datasheet the stamp says it passed, and stamps each pass. */
    public DatasheetValidator(DatasheetSchema schema, Optional<SchemaPassStamp> stamp) {
        this.schema = schema;
        this.stamp = stamp;
    }

    public ValidationResult validate(ValidationRequest request) throws IOException {
        Path root = request.datasetRoot().toAbsolutePath().normalize();
        Optional<Path> file = request.datasheet().map(p -> root.resolve(p).normalize()).or(() -> locate(root));
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            String name = file.map(f -> display(root, f)).orElse("datasheet.yaml");
            return failed(Diagnostic.error("datasheet.missing", name,
                    "no datasheet found in " + root,
                    "create one with '" + request.words().initCommand() + "', or point "
                            + request.words().setting(Vocabulary.Setting.DATASHEET) + " at it"));
        }
        ParsedDatasheet parsed;
        try {
            parsed = new StrictDatasheetReader(request.words()).read(file.get(), display(root, file.get()));
        } catch (DatasetException e) {
            return new ValidationResult(Optional.empty(), e.diagnostics(), Optional.empty());
        }
        List<Diagnostic> findings = new ArrayList<>(schemaFindings(parsed));
        Optional<Completeness> completeness = Optional.empty();
        if (findings.isEmpty()) { // the rules below read a well-formed document
            findings.addAll(SemanticChecks.check(parsed, root, request.expectedVersion(), request.words()));
            ProfileChecker.Outcome profiled = new ProfileChecker(profiles, schema.tree()).check(parsed);
            findings.addAll(profiled.findings());
            completeness = Optional.of(profiled.completeness());
        }
        Diagnostics diagnostics = Diagnostics.sorted(findings);
        Optional<Datasheet> datasheet = diagnostics.hasErrors() ? Optional.empty() : Optional.of(TypedDatasheetReader.read(parsed));
        return new ValidationResult(datasheet, diagnostics, completeness);
    }

    /** What the JSON Schema finds, unless the stamp says it passed this very datasheet; a pass is stamped. */
    private List<Diagnostic> schemaFindings(ParsedDatasheet parsed) throws IOException {
        Optional<String> key = stamp.map(s -> s.key(parsed, schema.digest()));
        if (key.isPresent() && stamp.get().covers(key.get())) {
            return List.of();
        }
        var errors = schema.validate(parsed.tree());
        if (!errors.isEmpty()) {
            return new SchemaErrorTranslator(schema.tree()).translate(errors, parsed);
        }
        if (key.isPresent()) {
            stamp.get().record(key.get());
        }
        return List.of();
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

    private static String display(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    private static ValidationResult failed(Diagnostic d) {
        return new ValidationResult(Optional.empty(), Diagnostics.of(d), Optional.empty());
    }
}
