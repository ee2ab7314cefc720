package org.datasetkit.core.license;

import java.io.IOException;
import java.nio.file.Path;
import org.datasetkit.core.diag.JsonReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code target/dataset/licenses.json}: the overall verdict, each source's verdict with reason codes and
 * explanation, the obligations, the licences that would fit, the SPDX list version and the findings.
 */
public final class LicenseReportWriter {

    public void write(Path target, LicenseCheckResult result) throws IOException {
        write(target, result, true);
    }

    /** @param enforced false when the user turned the licence gate off: the report says its verdict stopped nothing */
    public void write(Path target, LicenseCheckResult result, boolean enforced) throws IOException {
        ObjectNode root = JsonReport.object();
        root.put("gate", enforced ? "on" : "off");
        root.put("spdxLicenseListVersion", result.spdxListVersion());
        root.put("license", result.declared());
        root.put("verdict", result.overall().name());
        ArrayNode sources = root.putArray("sources");
        for (SourceVerdict s : result.sources()) {
            ObjectNode n = sources.addObject();
            n.put("title", s.title());
            n.put("license", s.license().isEmpty() ? s.written() : s.license());
            n.put("use", s.relation().toString());
            n.put("publishedUnder", s.declared());
            n.put("verdict", s.verdict().name());
            ArrayNode reasons = n.putArray("reasons");
            s.judgement().reasons().forEach(r -> reasons.add(r.name()));
            n.put("explanation", String.join("; ", s.judgement().explanations()));
            n.put("fix", s.fix());
            n.put("review", s.review());
        }
        ObjectNode obligations = root.putObject("obligations");
        obligations.put("notice", "NOTICE");
        ArrayNode texts = obligations.putArray("licenseTexts");
        result.textsToShip().forEach(texts::add);
        ArrayNode acceptable = root.putArray("licensesEverySourceAccepts");
        result.acceptable().forEach(acceptable::add);
        JsonReport.diagnostics(root, "diagnostics", result.diagnostics());
        JsonReport.write(target, root);
    }
}
