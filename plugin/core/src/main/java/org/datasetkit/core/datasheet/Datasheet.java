package org.datasetkit.core.datasheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A validated datasheet: the typed values later stages need, and the parsed document for the exporters.
 * Only built after the schema accepted the document, so required values are present.
 */
public record Datasheet(ParsedDatasheet parsed) {

    /**
     * One upstream source under {@code provenance.sources}.
     *
     * @param pointer where it stands in the datasheet
     * @param review who accepted a REVIEW licence verdict and when ("reviewer, date: conclusion"), or empty
     */
    public record Source(String pointer, String title, String license, String use, String identifier, String creator,
            String modifications, List<String> paths, String review) {}

    private JsonNode tree() {
        return parsed.tree();
    }

    public String version() {
        return tree().path("version").asString();
    }

    public String title() {
        return text(tree().path("title"));
    }

    public String description() {
        return text(tree().path("description"));
    }

    public String licenseExpression() {
        return tree().path("license").path("spdx").asString();
    }

    public String accessLevel() {
        return tree().path("access").path("level").asString();
    }

    public String publisher() {
        return tree().path("publisher").path("name").asString();
    }

    public Optional<String> doi() {
        return optional(tree().path("identifiers").path("doi"));
    }

    public Optional<String> datePublished() {
        return optional(tree().path("datePublished"));
    }

    public String contactName() {
        return tree().path("maintenance").path("maintainer").path("name").asString();
    }

    public String contact() {
        return tree().path("maintenance").path("contact").asString();
    }

    public List<Source> sources() {
        List<Source> out = new ArrayList<>();
        JsonNode list = tree().path("provenance").path("sources");
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            List<String> paths = new ArrayList<>();
            s.path("paths").forEach(p -> paths.add(p.asString()));
            JsonNode review = s.path("licenseReview");
            String reviewText = review.isMissingNode() ? "" : review.path("reviewer").asString() + ", "
                    + review.path("date").asString() + ": " + text(review.path("conclusion"));
            out.add(new Source("/provenance/sources/" + i, s.path("title").asString(), s.path("license").asString(),
                    s.path("use").asString(), s.path("identifier").asString(""), s.path("creator").asString(""),
                    s.has("modifications") ? text(s.path("modifications")) : "", List.copyOf(paths), reviewText));
        }
        return out;
    }

    /** The obligation profiles the datasheet selects (core, medical, snd). */
    public List<String> profiles() {
        List<String> out = new ArrayList<>();
        tree().path("profiles").forEach(p -> out.add(p.asString()));
        return out;
    }

    /** Per-path licences: {@code license.files}, in order (first match wins). */
    public List<Map.Entry<List<String>, String>> licenseFiles() {
        List<Map.Entry<List<String>, String>> out = new ArrayList<>();
        for (JsonNode entry : tree().path("license").path("files")) {
            List<String> patterns = new ArrayList<>();
            entry.path("paths").forEach(p -> patterns.add(p.asString()));
            out.add(Map.entry(List.copyOf(patterns), entry.path("spdx").asString()));
        }
        return out;
    }

    public Optional<String> licenseTextFile() {
        return optional(tree().path("license").path("textFile"));
    }

    /** Free text in English where the datasheet gives a language map, else its first language. */
    public static String textOf(JsonNode node) {
        return text(node);
    }

    static String text(JsonNode node) {
        if (node.isObject()) {
            JsonNode en = node.get("en");
            if (en != null) {
                return en.asString();
            }
            return node.properties().iterator().next().getValue().asString();
        }
        return node.asString();
    }

    private static Optional<String> optional(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(node.asString());
    }
}
