package org.datasetkit.core.export;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds the link to the previous version, which the version stage knows and the datasheet does not: DataCite
 * {@code IsNewVersionOf} its DOI; in the RO-Crate and Croissant, {@code isBasedOn} its DOI URL (schema.org has no
 * "previous version" property; RO-Crate 1.2 uses isBasedOn for "the previous @id"), the RO-Crate with a contextual
 * entity naming the version. Applied by {@link MetadataExports} to each file before the RO-Crate lists its size and
 * checksum. Kept apart from the exporters on purpose: it belongs in the exporters' input once their rework lands.
 */
final class VersionRelations {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private VersionRelations() {}

    /** The Croissant JSON-LD, its dataset based on the previous version. */
    static String croissant(String json, String doi, Optional<String> previousVersion) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(json);
        basedOn(root, IdentifierUrls.doiUrl(doi));
        return MAPPER.writeValueAsString(root) + "\n";
    }

    /** The RO-Crate, its root dataset based on the previous version, described as a contextual entity. */
    static String roCrate(String json, String doi, Optional<String> previousVersion, String title) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(json);
        ArrayNode graph = (ArrayNode) root.get("@graph");
        String url = IdentifierUrls.doiUrl(doi);
        for (JsonNode entity : graph) {
            if ("./".equals(entity.path("@id").asString())) {
                basedOn((ObjectNode) entity, url);
            }
        }
        previousEntity(graph.addObject(), url, previousVersion, title);
        return MAPPER.writeValueAsString(root) + "\n";
    }

    /** The previous version as an entity of the crate (also for {@link RoCrate}'s streamed crate). */
    static ObjectNode previousEntity(ObjectNode previous, String url, Optional<String> previousVersion, String title) {
        previous.put("@id", url);
        previous.put("@type", "Dataset");
        previous.put("name", title + previousVersion.map(v -> ", version " + v).orElse(", the previous version"));
        previousVersion.ifPresent(v -> previous.put("version", v));
        return previous;
    }

    /** Adds the previous version to the entity's isBasedOn (also for {@link RoCrate}'s streamed crate). */
    static ObjectNode basedOn(ObjectNode entity, String url) {
        JsonNode existing = entity.get("isBasedOn");
        ArrayNode list = existing instanceof ArrayNode a ? a : MAPPER.createArrayNode();
        if (existing != null && !(existing instanceof ArrayNode)) {
            list.add(existing);
        }
        list.addObject().put("@id", url);
        entity.set("isBasedOn", list);
        return entity;
    }

    /** relatedIdentifiers comes before sizes in kernel 4.6, and every record has sizes. */
    static byte[] related(byte[] xml, String doi) {
        String text = new String(xml, StandardCharsets.UTF_8);
        String relation = "<relatedIdentifier relatedIdentifierType=\"DOI\" relationType=\"IsNewVersionOf\">"
                + escaped(doi) + "</relatedIdentifier>";
        if (text.contains("<relatedIdentifiers>")) {
            text = text.replaceFirst("<relatedIdentifiers>", "<relatedIdentifiers>" + java.util.regex.Matcher.quoteReplacement(relation));
        } else if (text.contains("<sizes>")) {
            text = text.replaceFirst("<sizes>", java.util.regex.Matcher.quoteReplacement(
                    "<relatedIdentifiers>" + relation + "</relatedIdentifiers><sizes>"));
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String escaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
