package org.datasetkit.core.privacy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.output.AtomicFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code target/dataset/privacy.json}: the rules' edition, what was scanned, the kinds of all payload files,
 * and every finding by file. Written with Jackson's generator as the files are listed, never held as a tree (a
 * million files are a million entries), in the same bytes the indented tree of earlier versions gave.
 */
public final class PrivacyReportWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public void write(Path target, PrivacyResult result) throws IOException {
        AtomicFile.write(target, sink -> {
            OutputStream out = new BufferedOutputStream(sink, 1 << 16);
            try (JsonGenerator g = MAPPER.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .createGenerator(out, JsonEncoding.UTF8)) {
                document(g, result);
            } catch (JacksonException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io; // the disk's fault, not the report's
                }
                throw e;
            }
            out.write('\n');
            out.flush();
        });
    }

    private static void document(JsonGenerator g, PrivacyResult result) {
        g.writeStartObject();
        g.writeStringProperty("rules", result.rulesEdition());
        counts(g, "scanned", result.scanned());
        g.writeObjectPropertyStart("kinds"); // added later: every payload file by what its content is
        result.kinds().forEach((kind, n) -> g.writeNumberProperty(kind.label(), n));
        g.writeEndObject();
        g.writeObjectPropertyStart("imaging"); // the DICOM headers read, by modality, view and laterality
        g.writeNumberProperty("headers", result.imaging().headers());
        counts(g, "modality", result.imaging().byModality());
        counts(g, "view", result.imaging().byView());
        counts(g, "laterality", result.imaging().byLaterality());
        g.writeEndObject();
        g.writeArrayPropertyStart("files");
        for (PrivacyResult.FileReport f : result.files()) {
            g.writeStartObject();
            g.writeStringProperty("path", f.path());
            g.writeStringProperty("kind", f.kind());
            g.writeNumberProperty("findings", f.findings());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("findings"); // as JsonReport.diagnostics writes findings in every report
        for (Diagnostic d : result.diagnostics().all()) {
            g.writeStartObject();
            g.writeStringProperty("severity", d.severity().label());
            g.writeStringProperty("code", d.code());
            g.writeStringProperty("file", d.file());
            g.writeNumberProperty("line", d.line());
            g.writeNumberProperty("column", d.column());
            g.writeStringProperty("pointer", d.pointer());
            g.writeStringProperty("message", d.message());
            g.writeStringProperty("hint", d.hint());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void counts(JsonGenerator g, String name, Map<String, Integer> counts) {
        g.writeObjectPropertyStart(name);
        counts.forEach(g::writeNumberProperty);
        g.writeEndObject();
    }
}
