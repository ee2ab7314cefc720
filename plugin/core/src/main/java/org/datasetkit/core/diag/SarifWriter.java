package org.datasetkit.core.diag;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.datasetkit.core.output.AtomicFile;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes findings as SARIF 2.1.0, the format code-scanning UIs (GitHub, GitLab, IDEs) read. */
public final class SarifWriter {

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public void write(Path target, String toolVersion, Diagnostics diagnostics) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "datasetkit");
        driver.put("version", toolVersion);
        driver.put("informationUri", "https://datasetkit.org");
        ArrayNode rules = driver.putArray("rules");
        Set<String> codes = new LinkedHashSet<>();
        diagnostics.all().forEach(d -> codes.add(d.code()));
        codes.stream().sorted().forEach(code -> rules.addObject().put("id", code));
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : diagnostics.all()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", d.code());
            r.put("level", switch (d.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                default -> "note";
            });
            r.putObject("message").put("text", d.message() + (d.hint().isEmpty() ? "" : " (hint: " + d.hint() + ")"));
            if (!d.file().isEmpty()) {
                ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", d.file());
                if (d.line() > 0) {
                    ObjectNode region = physical.putObject("region");
                    region.put("startLine", d.line());
                    if (d.column() > 0) {
                        region.put("startColumn", d.column());
                    }
                }
            }
        }
        byte[] bytes = mapper.writeValueAsBytes(root);
        AtomicFile.write(target, out -> {
            out.write(bytes);
            out.write('\n');
        });
    }
}
