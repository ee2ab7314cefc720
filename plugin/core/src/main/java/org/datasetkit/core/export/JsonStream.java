package org.datasetkit.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON document written with Jackson's generator, pretty-printed as the mapper prints a tree, and a final newline:
 * the parts that grow with the payload are written as they are made, never held as a tree.
 */
final class JsonStream {

    private JsonStream() {}

    static void write(JsonMapper mapper, OutputStream out, Consumer<JsonGenerator> body) throws IOException {
        try (JsonGenerator g = mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(out, JsonEncoding.UTF8)) {
            body.accept(g);
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io; // the disk's fault, not the document's
            }
            throw e;
        }
        out.write('\n');
    }
}
