package org.datasetkit.core.privacy;

import java.io.IOException;
import java.nio.file.Path;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.output.AtomicFile;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes {@code target/dataset/privacy.json}: the rules' edition, what was scanned, and every finding by file. */
public final class PrivacyReportWriter {

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public void write(Path target, PrivacyResult result) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("rules", result.rulesEdition());
        ObjectNode scanned = root.putObject("scanned");
        result.scanned().forEach(scanned::put);
        ArrayNode files = root.putArray("files");
        for (PrivacyResult.FileReport f : result.files()) {
            ObjectNode n = files.addObject();
            n.put("path", f.path());
            n.put("kind", f.kind());
            n.put("findings", f.findings());
        }
        ArrayNode findings = root.putArray("findings");
        for (Diagnostic d : result.diagnostics().all()) {
            ObjectNode n = findings.addObject();
            n.put("severity", d.severity().label());
            n.put("code", d.code());
            n.put("file", d.file());
            n.put("line", d.line());
            n.put("where", d.pointer());
            n.put("message", d.message());
            n.put("hint", d.hint());
        }
        byte[] bytes = mapper.writeValueAsBytes(root);
        AtomicFile.write(target, out -> {
            out.write(bytes);
            out.write('\n');
        });
    }
}
