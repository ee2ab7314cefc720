package org.datasetkit.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.datasetkit.core.datasheet.Composition;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FileFixity;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Croissant's resources and records. {@code croissant.json} sits in the payload's {@code metadata/} folder, and
 * consumers (mlcroissant, JSON-LD processors) resolve a relative {@code contentUrl} against the folder of the Croissant
 * file itself, so every path is written {@code ../<path in the payload>}, raw UTF-8 (consumers do not percent-decode).
 * {@code @id}s are derived from the path's hash, never the name, so a space or {@code %} cannot break them.
 */
final class CroissantDistribution {

    static final int MAX_FILE_OBJECTS = 10_000;
    static final int MAX_TABLES = 50;
    /** From {@code metadata/croissant.json} back to the payload root. */
    static final String TO_PAYLOAD_ROOT = "../";

    private final ExportInput in;
    private final Map<String, String> fileIds = new TreeMap<>();

    CroissantDistribution(ExportInput in) {
        this.in = in;
    }

    /** The FileObjects (or, for large datasets, FileSets per folder and format). */
    void files(ArrayNode out) {
        if (in.fixity().files().size() > MAX_FILE_OBJECTS) {
            fileSets(out);
            return;
        }
        for (FileFixity f : in.fixity().files()) {
            String path = f.file().path();
            ObjectNode o = out.addObject();
            o.put("@type", "cr:FileObject");
            o.put("@id", fileId(path));
            o.put("name", path);
            o.put("contentUrl", TO_PAYLOAD_ROOT + path);
            o.put("contentSize", f.file().size() + " B");
            o.put("encodingFormat", MediaTypes.of(path));
            if (f.has(DigestAlgorithm.SHA256)) {
                o.put("sha256", f.digest(DigestAlgorithm.SHA256));
            }
        }
    }

    private void fileSets(ArrayNode out) {
        Map<String, String[]> groups = new TreeMap<>();
        for (FileFixity f : in.fixity().files()) {
            String path = f.file().path();
            String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
            String name = path.substring(path.lastIndexOf('/') + 1);
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            groups.putIfAbsent(folder + "|" + ext, new String[] {folder, ext, MediaTypes.of(path)});
        }
        for (String[] g : groups.values()) {
            String glob = (g[0].isEmpty() ? "" : g[0] + "/") + "*" + (g[1].isEmpty() ? "" : "." + g[1]);
            ObjectNode set = out.addObject();
            set.put("@type", "cr:FileSet");
            set.put("@id", "fileset-" + hash(glob));
            set.put("name", glob);
            set.put("encodingFormat", g[2]);
            set.put("includes", TO_PAYLOAD_ROOT + glob);
            set.put("description", "Checksums: manifest-sha256.txt of the bag.");
        }
    }

    /** A RecordSet per CSV/TSV table (the label table's label column marked), and the splits. */
    void recordSets(ArrayNode out) {
        Optional<Composition> composition = in.datasheet().composition();
        Optional<Composition.Labels> labels = composition.flatMap(Composition::labels);
        List<Composition.Split> splits = composition.map(Composition::splits).orElse(List.of());
        if (!fileIds.isEmpty()) {
            int tables = 0;
            for (FileFixity f : in.fixity().files()) {
                Optional<Character> separator = separator(f.file().path());
                if (separator.isPresent() && tables++ < MAX_TABLES) {
                    table(out, f, separator.get(), labels, !splits.isEmpty());
                }
            }
        }
        if (!splits.isEmpty()) {
            splits(out, splits);
        }
    }

    private void table(ArrayNode out, FileFixity f, char separator, Optional<Composition.Labels> labels, boolean splits) {
        Optional<TableSample> sample;
        try {
            sample = TableSample.read(f.file().file(), separator);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the header of " + f.file().path(), e);
        }
        if (sample.isEmpty()) {
            return;
        }
        String path = f.file().path();
        boolean isLabelTable = labels.flatMap(Composition.Labels::file).map(path::equals).orElse(false);
        String id = isLabelTable ? "labels" : "records-" + hash(path);
        ObjectNode set = out.addObject();
        set.put("@type", "cr:RecordSet");
        set.put("@id", id);
        set.put("name", isLabelTable ? "labels" : path);
        set.put("description", "The rows of " + path + (isLabelTable ? ", one label per row." : "."));
        ArrayNode fields = set.putArray("field");
        Set<String> taken = new HashSet<>();
        for (int c = 0; c < sample.get().columns().size(); c++) {
            String column = sample.get().columns().get(c);
            ObjectNode field = fields.addObject();
            field.put("@type", "cr:Field");
            field.put("@id", id + "/" + unique(slug(column, c), taken));
            field.put("name", column);
            boolean label = isLabelTable && labels.get().column().map(column::equals).orElse(false);
            boolean split = isLabelTable && splits && labels.get().splitColumn().map(column::equals).orElse(false);
            if (label) {
                field.putArray("dataType").add(sample.get().types().get(c)).add("cr:Label");
            } else {
                field.put("dataType", sample.get().types().get(c));
            }
            if (split) {
                field.putObject("references").putObject("field").put("@id", "splits/name");
            }
            ObjectNode source = field.putObject("source");
            source.putObject("fileObject").put("@id", fileIds.get(path));
            source.putObject("extract").put("column", column);
        }
    }

    private static void splits(ArrayNode out, List<Composition.Split> splits) {
        ObjectNode set = out.addObject();
        set.put("@type", "cr:RecordSet");
        set.put("@id", "splits");
        set.put("name", "splits");
        set.put("description", "The splits of the data (composition.splits of the datasheet).");
        set.put("dataType", "cr:Split");
        set.putObject("key").put("@id", "splits/name");
        ArrayNode fields = set.putArray("field");
        fields.addObject().put("@type", "cr:Field").put("@id", "splits/name").put("name", "name").put("dataType", "sc:Text");
        fields.addObject().put("@type", "cr:Field").put("@id", "splits/url").put("name", "url").put("dataType", "sc:URL");
        ArrayNode data = set.putArray("data");
        for (Composition.Split s : splits) {
            data.addObject().put("splits/name", s.name()).put("splits/url", splitUrl(s.name()));
        }
    }

    /** Croissant's well-known splits; any other name is its own. */
    private static String splitUrl(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "train", "training" -> "cr:TrainingSplit";
            case "validation", "val", "valid", "dev" -> "cr:ValidationSplit";
            case "test", "testing" -> "cr:TestSplit";
            default -> "cr:" + name;
        };
    }

    private String fileId(String path) {
        String id = "file-" + hash(path);
        fileIds.put(path, id);
        return id;
    }

    private static Optional<Character> separator(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") ? Optional.of(',') : lower.endsWith(".tsv") ? Optional.of('\t') : Optional.empty();
    }

    /** A column name as an id segment: letters, digits, '_' and '-' only. */
    private static String slug(String column, int index) {
        String s = column.replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "column_" + (index + 1) : s;
    }

    private static String unique(String slug, Set<String> taken) {
        String s = slug;
        for (int n = 2; !taken.add(s); n++) {
            s = slug + "_" + n;
        }
        return s;
    }

    /** The first 12 hex digits of the SHA-256 of a path: an id that is stable and safe whatever the name. */
    static String hash(String path) {
        byte[] digest = DigestAlgorithm.SHA256.newDigest().digest(path.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 6);
    }
}
