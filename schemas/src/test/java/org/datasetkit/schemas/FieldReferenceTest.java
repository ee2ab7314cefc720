package org.datasetkit.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user's field reference (schemas/FIELDS.md) is generated from the schema and the profiles, so it cannot
 * drift: this test regenerates it and fails when the committed file differs. Run with {@code -Dfields.update=true}
 * to rewrite it.
 */
class FieldReferenceTest {

    private static final Path COMMITTED = Path.of("FIELDS.md");
    private static final Map<String, String> NAMED_TYPES = Map.of("text", "text or {en, sv, ...}", "date", "date (YYYY-MM-DD)",
            "uri", "URI", "doi", "DOI (10.xxxx/...)", "orcid", "ORCID iD", "ror", "ROR URL", "nonEmptyString", "string",
            "relativePath", "path in the dataset", "dateRange", "{start, end}");

    private JsonNode schema;
    private final Map<String, String[]> obligations = new LinkedHashMap<>();

    @Test
    void theFieldReferenceIsGeneratedFromTheSchema() throws IOException {
        schema = read(SchemaSelfTest.DATASHEET_RESOURCE);
        JsonNode profiles = read("org/datasetkit/schemas/datasheet/1/profiles.json");
        List<String> names = List.of("core", "medical", "snd");
        for (int i = 0; i < names.size(); i++) {
            for (String level : List.of("must", "should")) {
                for (JsonNode p : profiles.path(names.get(i)).path(level)) {
                    String path = p.asString().substring(1).replace('/', '.');
                    obligations.computeIfAbsent(path, k -> new String[] {"", "", ""})[i] = level.equals("must") ? "M" : "S";
                }
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("# Datasheet fields (schema 1)\n\n")
                .append("Generated from `schemas/src/main/resources/org/datasetkit/schemas/datasheet/1/` by\n")
                .append("`FieldReferenceTest`; do not edit by hand. M = required, S = recommended by the profile (core,\n")
                .append("medical, snd); a required field missing is a build error, a recommended one a warning.\n")
                .append("Conditional rules: with `personalData.contains: true` the medical and snd profiles also require\n")
                .append("`personalData.sensitive`, `types`, `codeKeyRetained`, `deidentification` and `ethics.reviewRequired`\n")
                .append("(medical also `ethics.consent`); `ethics.reviewRequired: true` requires `ethics.approvals`;\n")
                .append("`provenance.origin: derived` or `compiled` requires `provenance.sources`.\n\n")
                .append("| field | type | core | medical | snd | description |\n| --- | --- | --- | --- | --- | --- |\n");
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        walk(schema, "", md);
        String generated = md.toString();

        if (Boolean.getBoolean("fields.update")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/FIELDS.md"), generated, StandardCharsets.UTF_8);
        assertThat(Files.exists(COMMITTED)).as("schemas/FIELDS.md exists").isTrue();
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("schemas/FIELDS.md is out of date: run 'mvn -pl schemas test -Dfields.update=true'")
                .isEqualTo(generated);
        assertThat(generated).contains("| `license.spdx` |", "| `ethics.approvals[].referenceNumber` |");
    }

    private void walk(JsonNode node, String path, StringBuilder md) {
        JsonNode properties = resolve(node).path("properties");
        for (Map.Entry<String, JsonNode> e : properties.properties()) {
            String field = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            JsonNode declared = e.getValue();
            JsonNode resolved = resolve(declared);
            String description = declared.path("description").asString(resolved.path("description").asString(""));
            String[] o = obligations.getOrDefault(field, new String[] {"", "", ""});
            md.append("| `").append(field).append("` | ").append(type(declared)).append(" | ").append(o[0]).append(" | ")
                    .append(o[1]).append(" | ").append(o[2]).append(" | ").append(description.replace("|", "\\|"))
                    .append(" |\n");
            if (resolved.has("properties") && !declared.has("$ref") || isSection(resolved)) {
                walk(declared, field, md);
            } else if ("array".equals(resolved.path("type").asString("")) && resolve(resolved.path("items")).has("properties")) {
                walk(resolved.path("items"), field + "[]", md);
            }
        }
    }

    private static boolean isSection(JsonNode resolved) {
        return resolved.has("properties") && resolved.path("properties").size() > 1;
    }

    private String type(JsonNode declared) {
        JsonNode ref = declared.path("$ref");
        if (ref.isString()) {
            String name = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
            return NAMED_TYPES.getOrDefault(name, "object (" + name + ")");
        }
        if (declared.has("enum")) {
            List<String> values = new ArrayList<>();
            declared.path("enum").forEach(v -> values.add(v.asString()));
            return "one of " + String.join(", ", values);
        }
        String t = declared.path("type").asString("");
        if (t.equals("array")) {
            return "list of " + type(declared.path("items"));
        }
        if (declared.has("oneOf")) {
            return "boolean or string";
        }
        return t.isEmpty() ? "any" : t;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        return ref.isString() ? schema.at(ref.asString().substring(1)) : node;
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = FieldReferenceTest.class.getClassLoader().getResourceAsStream(resource)) {
            return JsonMapper.builder().build().readTree(in);
        }
    }
}
