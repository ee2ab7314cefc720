package org.datasetkit.core.diff;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The diff as JSON ({@code metadata/changes.json}): everything the changelog says, every list complete, in a fixed order. */
public final class DiffJson {

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    public String write(ReleaseDiff diff) {
        ObjectNode root = nodes.objectNode();
        root.put("previousVersion", diff.previousVersion());
        root.put("version", diff.version());
        diff.previousDoi().ifPresent(d -> root.put("previousDoi", d));
        root.put("required", diff.required().word());
        root.put("smallestVersion", diff.smallestVersion().toString());
        ArrayNode kinds = root.putArray("kinds");
        diff.kinds().stream().sorted().forEach(k -> kinds.add(k.code()));
        ObjectNode files = root.putObject("files");
        strings(files.putArray("added"), diff.files().added());
        strings(files.putArray("removed"), diff.files().removed());
        strings(files.putArray("changed"), diff.files().changed());
        ArrayNode moved = files.putArray("renamed");
        diff.files().renamed().forEach(r -> moved.addObject().put("from", r.from()).put("to", r.to()));
        files.put("unchanged", diff.files().unchanged());
        ArrayNode sheet = root.putArray("datasheet");
        diff.datasheet().changes().forEach(c -> sheet.addObject().put("key", c.pointer()).put("before", c.before())
                .put("after", c.after()));
        ArrayNode tables = root.putArray("tables");
        for (TableChanges t : diff.tables()) {
            ObjectNode o = tables.addObject().put("path", t.path()).put("keyColumn", t.keyColumn());
            strings(o.putArray("columnsAdded"), t.columnsAdded());
            strings(o.putArray("columnsRemoved"), t.columnsRemoved());
            ArrayNode renamed = o.putArray("columnsRenamed");
            t.columnsRenamed().forEach(r -> renamed.addObject().put("from", r.from()).put("to", r.to()));
            o.put("rowsAdded", t.rowsAdded()).put("rowsRemoved", t.rowsRemoved()).put("rowsChanged", t.rowsChanged());
            t.labelColumn().ifPresent(l -> {
                o.put("labelColumn", l);
                counts(o.putObject("labelsBefore"), t.labelsBefore());
                counts(o.putObject("labelsAfter"), t.labelsAfter());
            });
        }
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void counts(ObjectNode o, Map<String, Integer> counts) {
        counts.forEach(o::put);
    }
}
