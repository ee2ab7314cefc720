package org.datasetkit.core.deposit;

import java.util.Map;
import org.datasetkit.core.datasheet.Agent;
import org.datasetkit.core.datasheet.Datasheet;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Dataverse dataset's citation block from the datasheet: title, authors (with affiliation and ORCID), contact,
 * description, subject, keywords; and the licence when it is one Dataverse installations ship (CC0 1.0, CC BY 4.0),
 * since any other name must match a licence the installation configured.
 */
final class DataverseCitation {

    private static final Map<String, String[]> LICENCES = Map.of(
            "CC0-1.0", new String[] {"CC0 1.0", "http://creativecommons.org/publicdomain/zero/1.0"},
            "CC-BY-4.0", new String[] {"CC BY 4.0", "http://creativecommons.org/licenses/by/4.0"});

    private DataverseCitation() {}

    static ObjectNode dataset(Datasheet sheet) {
        ObjectNode root = ServiceResponse.mapper().createObjectNode();
        ObjectNode version = root.putObject("datasetVersion");
        String[] licence = LICENCES.get(sheet.license().spdx());
        if (licence != null) {
            version.putObject("license").put("name", licence[0]).put("uri", licence[1]);
        }
        ObjectNode citation = version.putObject("metadataBlocks").putObject("citation");
        citation.put("displayName", "Citation Metadata");
        ArrayNode fields = citation.putArray("fields");
        fields.add(primitive("title", sheet.title().english()));
        ArrayNode authors = compound(fields, "author");
        for (Agent a : sheet.creators()) {
            ObjectNode author = authors.addObject();
            author.set("authorName", primitive("authorName", a.name()));
            if (!a.affiliations().isEmpty()) {
                author.set("authorAffiliation", primitive("authorAffiliation", a.affiliations().get(0).name()));
            }
            a.orcid().ifPresent(o -> {
                author.set("authorIdentifierScheme", vocabulary("authorIdentifierScheme", "ORCID"));
                author.set("authorIdentifier", primitive("authorIdentifier", o));
            });
        }
        ObjectNode contact = compound(fields, "datasetContact").addObject();
        contact.set("datasetContactName", primitive("datasetContactName", sheet.maintenance().maintainer().name()));
        contact.set("datasetContactEmail", primitive("datasetContactEmail",
                sheet.maintenance().maintainer().email().orElse(sheet.maintenance().contact())));
        compound(fields, "dsDescription").addObject().set("dsDescriptionValue",
                primitive("dsDescriptionValue", sheet.description().english()));
        ObjectNode subject = fields.addObject().put("typeName", "subject").put("typeClass", "controlledVocabulary")
                .put("multiple", true);
        subject.putArray("value").add(sheet.profiles().contains("medical") ? "Medicine, Health and Life Sciences"
                : "Other");
        if (!sheet.keywords().isEmpty()) {
            ArrayNode keywords = compound(fields, "keyword");
            sheet.keywords().forEach(k -> keywords.addObject().set("keywordValue", primitive("keywordValue", k)));
        }
        return root;
    }

    private static ObjectNode primitive(String name, String value) {
        return ServiceResponse.mapper().createObjectNode().put("typeName", name).put("typeClass", "primitive")
                .put("multiple", false).put("value", value);
    }

    private static ObjectNode vocabulary(String name, String value) {
        return ServiceResponse.mapper().createObjectNode().put("typeName", name)
                .put("typeClass", "controlledVocabulary").put("multiple", false).put("value", value);
    }

    private static ArrayNode compound(ArrayNode fields, String name) {
        return fields.addObject().put("typeName", name).put("typeClass", "compound").put("multiple", true)
                .putArray("value");
    }
}
