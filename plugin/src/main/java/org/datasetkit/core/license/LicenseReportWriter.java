package org.datasetkit.core.license;

import java.io.IOException;
import java.nio.file.Path;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.output.AtomicFile;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes {@code target/dataset/licenses.json}: the licences found, the SPDX list version and the findings. */
public final class LicenseReportWriter {

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public void write(Path target, LicenseCheckResult result) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("spdxLicenseListVersion", result.spdxListVersion());
        root.put("license", result.declared());
        ArrayNode sources = root.putArray("sources");
        for (LicenseCheckResult.SourceLicense s : result.sources()) {
            ObjectNode n = sources.addObject();
            n.put("title", s.title());
            n.put("use", s.use());
            n.put("license", s.license());
        }
        ArrayNode findings = root.putArray("diagnostics");
        for (Diagnostic d : result.diagnostics().all()) {
            ObjectNode n = findings.addObject();
            n.put("severity", d.severity().label());
            n.put("code", d.code());
            n.put("line", d.line());
            n.put("column", d.column());
            n.put("pointer", d.pointer());
            n.put("message", d.message());
        }
        byte[] bytes = mapper.writeValueAsBytes(root);
        AtomicFile.write(target, out -> {
            out.write(bytes);
            out.write('\n');
        });
    }
}
