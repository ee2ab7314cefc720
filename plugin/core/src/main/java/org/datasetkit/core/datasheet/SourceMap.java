package org.datasetkit.core.datasheet;

import java.util.Map;

/**
 * Where each node of a datasheet stands in its file, keyed by JSON pointer, so that a schema error about
 * {@code /license/spdx} points at the {@code spdx:} key on its own line rather than at the document.
 *
 * @param keys position of the key of each object member
 * @param values position of each value, including array items and the root
 * @param scalars the source text of each scalar value, for hints such as "1.10 was read as 1.1"
 */
public record SourceMap(Map<String, SourcePosition> keys, Map<String, SourcePosition> values, Map<String, String> scalars) {

    public SourceMap {
        keys = Map.copyOf(keys);
        values = Map.copyOf(values);
        scalars = Map.copyOf(scalars);
    }

    /** The key of the member at {@code pointer}, else its value, else the nearest enclosing node that has one. */
    public SourcePosition keyOf(String pointer) {
        String p = pointer;
        while (true) {
            SourcePosition at = keys.get(p);
            if (at == null) {
                at = values.get(p);
            }
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return SourcePosition.START;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** The value at {@code pointer}, else its key (or the nearest enclosing node). */
    public SourcePosition valueOf(String pointer) {
        SourcePosition at = values.get(pointer);
        return at != null ? at : keyOf(pointer);
    }

    /** The scalar as written in the file, or null when the node is not a scalar. */
    public String sourceText(String pointer) {
        return scalars.get(pointer);
    }
}
