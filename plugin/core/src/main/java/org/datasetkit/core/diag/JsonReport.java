package org.datasetkit.core.diag;

import java.io.IOException;
import java.nio.file.Path;
import org.datasetkit.core.output.AtomicFile;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What every JSON report shares: one indented mapper, findings in one shape, files written whole or not at all. */
public final class JsonReport {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReport() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Adds the findings under {@code name}, each with severity, code, file, position, pointer, message and hint. */
    public static void diagnostics(ObjectNode root, String name, Diagnostics diagnostics) {
        ArrayNode list = root.putArray(name);
        for (Diagnostic d : diagnostics.all()) {
            ObjectNode n = list.addObject();
            n.put("severity", d.severity().label());
            n.put("code", d.code());
            n.put("file", d.file());
            n.put("line", d.line());
            n.put("column", d.column());
            n.put("pointer", d.pointer());
            n.put("message", d.message());
            n.put("hint", d.hint());
        }
    }

    /** Writes the report atomically, with a final newline; the same tree always gives the same bytes. */
    public static void write(Path target, ObjectNode root) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(root);
        AtomicFile.write(target, out -> {
            out.write(bytes);
            out.write('\n');
        });
    }
}
