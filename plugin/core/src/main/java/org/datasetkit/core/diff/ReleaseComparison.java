package org.datasetkit.core.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.datasheet.DatasheetValidator;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FileFixity;
import org.datasetkit.core.fixity.FixityResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Compares this release with the previous one: the payload by the two manifests (this build's checksums, the
 * previous bundle's manifest; no payload file is read for it), the datasheet by key, and the tables whose checksum
 * changed by their columns and key column. Then applies the version rule.
 */
public final class ReleaseComparison {

    /** Tables larger than this are compared as files only: a row diff would hold both in memory. */
    static final long MAX_TABLE_BYTES = 32L * 1024 * 1024;

    private final DiffOptions options;

    public ReleaseComparison(DiffOptions options) {
        this.options = options;
    }

    /**
     * @param current this build's checksums
     * @param datasheetPath the datasheet's path relative to the dataset folder
     * @param datasheetTree the datasheet as read (validated)
     * @param documentation the payload paths the datasheet lists as documentation: their changes are metadata
     */
    public ReleaseDiff compare(FixityResult current, String datasheetPath, JsonNode datasheetTree,
            Set<String> documentation, PreviousBundle previous) throws IOException, DatasetException {
        DigestAlgorithm algorithm = current.algorithms().get(0);
        Map<String, String> now = new HashMap<>(current.files().size() * 2);
        Map<String, Path> where = new HashMap<>(current.files().size() * 2);
        for (FileFixity f : current.files()) {
            now.put(f.file().path(), f.digest(algorithm));
            where.put(f.file().path(), f.file().file());
        }
        Map<String, String> before = new HashMap<>(previous.manifest());
        before.keySet().removeIf(GeneratedPayload::isGenerated);
        // the datasheet is compared by key below, not as a file
        Optional<byte[]> oldSheet = previousDatasheet(previous, datasheetPath);
        for (String name : sheetNames(datasheetPath)) {
            before.remove(name);
            now.remove(name);
        }
        FileChanges files = FileChanges.between(before, now);
        JsonNode oldTree = oldSheet.isPresent() ? parse(previous, datasheetPath, oldSheet.get()) : null;
        DatasheetChanges sheet = DatasheetChanges.between(oldTree, datasheetTree);
        List<TableChanges> tables = new ArrayList<>();
        Set<ChangeKind> kinds = kinds(files, sheet, documentation);
        for (String path : files.changed()) {
            Optional<TableChanges> table = documentation.contains(path) ? Optional.empty() : table(path, where.get(path), previous);
            table.ifPresent(tables::add);
            Set<ChangeKind> tableKinds = table.map(TableChanges::kinds).orElse(Set.of());
            if (documentation.contains(path)) {
                kinds.add(ChangeKind.METADATA_CHANGED);
            } else {
                kinds.addAll(tableKinds.isEmpty() ? Set.of(ChangeKind.FILE_CHANGED) : tableKinds);
            }
        }
        String previousVersion = previousVersion(oldTree, previous);
        SemanticVersion base = SemanticVersion.parse(previousVersion).orElseThrow(() -> new DatasetException(
                Diagnostic.error("diff.previous-version", previous.source().toString(),
                        "the previous release's version '" + previousVersion + "' is not a semantic version",
                        "compare with a release whose version is MAJOR.MINOR.PATCH")));
        Bump required = options.rules().required(kinds);
        Optional<String> doi = Optional.ofNullable(previous.bagInfo().get("External-Identifier"))
                .map(id -> id.replaceFirst("^https?://(dx\\.)?doi\\.org/", ""));
        return new ReleaseDiff(previousVersion, datasheetTree.path("version").asString(), doi, files, sheet, tables, kinds,
                required, base.bump(required));
    }

    private static Set<ChangeKind> kinds(FileChanges files, DatasheetChanges sheet, Set<String> documentation) {
        Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        for (String p : files.added()) {
            kinds.add(documentation.contains(p) ? ChangeKind.METADATA_CHANGED : ChangeKind.FILE_ADDED);
        }
        for (String p : files.removed()) {
            kinds.add(documentation.contains(p) ? ChangeKind.METADATA_CHANGED : ChangeKind.FILE_REMOVED);
        }
        if (!files.renamed().isEmpty()) {
            kinds.add(ChangeKind.FILE_RENAMED);
        }
        if (sheet.licenceChanged()) {
            kinds.add(ChangeKind.LICENSE_CHANGED);
        }
        if (sheet.accessChanged()) {
            kinds.add(ChangeKind.ACCESS_CHANGED);
        }
        if (!sheet.changes().isEmpty()) {
            kinds.add(ChangeKind.METADATA_CHANGED);
        }
        return kinds;
    }

    private Optional<TableChanges> table(String path, Path file, PreviousBundle previous) throws IOException {
        if (!CsvTable.isTable(path) || file == null || Files.size(file) > MAX_TABLE_BYTES) {
            return Optional.empty();
        }
        Optional<byte[]> old = previous.payload(path);
        if (old.isEmpty() || old.get().length > MAX_TABLE_BYTES) {
            return Optional.empty();
        }
        // a changed table is read once more here, after its checksum: rows cannot be compared from a checksum
        CsvTable after = CsvTable.parse(path, Files.readAllBytes(file));
        return Optional.of(TableChanges.between(path, CsvTable.parse(path, old.get()), after, options.keyColumn(),
                options.labelColumn()));
    }

    private static List<String> sheetNames(String datasheetPath) {
        List<String> names = new ArrayList<>(DatasheetValidator.DEFAULT_NAMES);
        names.add(datasheetPath);
        return names;
    }

    private static Optional<byte[]> previousDatasheet(PreviousBundle previous, String datasheetPath) throws IOException {
        List<String> names = sheetNames(datasheetPath);
        for (int i = names.size() - 1; i >= 0; i--) { // the build's own datasheet name first
            Optional<byte[]> found = previous.payload(names.get(i));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static JsonNode parse(PreviousBundle previous, String name, byte[] content) throws DatasetException {
        try {
            // JSON is YAML too; the previous release's datasheet was validated when it was released
            return YAMLMapper.builder().build().readTree(content);
        } catch (RuntimeException e) {
            throw new DatasetException(Diagnostic.error("diff.previous-datasheet", previous.source() + "!" + name,
                    "the previous release's datasheet cannot be read: " + e.getMessage(),
                    "compare with a bundle built by datasetkit"));
        }
    }

    private static String previousVersion(JsonNode oldTree, PreviousBundle previous) {
        if (oldTree != null && oldTree.path("version").isValueNode()) {
            return oldTree.path("version").asString();
        }
        return previous.bagInfo().getOrDefault("Version", "");
    }
}
