package org.datasetkit.core.diff;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The datasheet's changes between two releases, by key (JSON pointer): every scalar added, removed or altered. The
 * version itself is left out: it always changes, and the version rule is about everything else.
 *
 * @param changes sorted by pointer
 */
public record DatasheetChanges(List<Change> changes) {

    /** One value: {@code before} or {@code after} is empty when the key did not exist then. */
    public record Change(String pointer, String before, String after) {}

    public DatasheetChanges {
        changes = List.copyOf(changes);
    }

    public static DatasheetChanges between(JsonNode before, JsonNode after) {
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(after);
        List<Change> out = new ArrayList<>();
        for (String pointer : new TreeSet<>(union(old, now))) {
            String b = old.getOrDefault(pointer, "");
            String a = now.getOrDefault(pointer, "");
            if (!b.equals(a) && !pointer.equals("/version")) {
                out.add(new Change(pointer, b, a));
            }
        }
        return new DatasheetChanges(out);
    }

    /** Whether the licence terms changed: the expression, or the per-path licences. */
    public boolean licenceChanged() {
        return changes.stream().anyMatch(c -> c.pointer().equals("/license/spdx") || c.pointer().startsWith("/license/files/"));
    }

    /** Whether who may obtain the data changed. */
    public boolean accessChanged() {
        return changes.stream().anyMatch(c -> c.pointer().equals("/access/level"));
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }

    /** Every scalar of the tree by its JSON pointer. */
    static Map<String, String> flatten(JsonNode root) {
        Map<String, String> out = new TreeMap<>();
        flatten(root, "", out);
        return out;
    }

    private static void flatten(JsonNode node, String pointer, Map<String, String> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                flatten(f.getValue(), pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), pointer + "/" + i, out);
            }
        } else {
            out.put(pointer, node.asString());
        }
    }
}
