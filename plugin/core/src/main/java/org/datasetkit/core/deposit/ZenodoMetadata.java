package org.datasetkit.core.deposit;

import java.util.Locale;
import org.datasetkit.core.datasheet.Agent;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.Organisation;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An InvenioRDM draft's {@code access}, {@code files} and {@code metadata} from the datasheet: resource type dataset,
 * title, publication date, creators (personal with given and family names and ORCID, or organisational),
 * description, licence (the SPDX id, lower-cased, as Zenodo's vocabulary spells it), version, keywords, publisher.
 * Files are restricted unless the datasheet's access level is open; the metadata is always public.
 */
final class ZenodoMetadata {

    private ZenodoMetadata() {}

    static ObjectNode draft(Datasheet sheet) {
        ObjectNode draft = ServiceResponse.mapper().createObjectNode();
        draft.putObject("access").put("record", "public")
                .put("files", sheet.access().level().equals("open") ? "public" : "restricted");
        draft.putObject("files").put("enabled", true);
        ObjectNode m = draft.putObject("metadata");
        m.putObject("resource_type").put("id", "dataset");
        m.put("title", sheet.title().english());
        m.put("publication_date", sheet.datePublished().orElse(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()));
        ArrayNode creators = m.putArray("creators");
        sheet.creators().forEach(c -> creators.add(creator(c)));
        m.put("description", html(sheet.description().english()));
        String spdx = sheet.license().spdx();
        if (spdx.matches("[A-Za-z0-9.+-]+") && !spdx.startsWith("LicenseRef-")) {
            m.putArray("rights").addObject().put("id", spdx.toLowerCase(Locale.ROOT));
        }
        m.put("version", sheet.version());
        m.put("publisher", sheet.publisher().name());
        if (!sheet.keywords().isEmpty()) {
            ArrayNode subjects = m.putArray("subjects");
            sheet.keywords().forEach(k -> subjects.addObject().put("subject", k));
        }
        return draft;
    }

    private static ObjectNode creator(Agent a) {
        ObjectNode c = ServiceResponse.mapper().createObjectNode();
        ObjectNode p = c.putObject("person_or_org");
        if (a.isOrganization()) {
            p.put("type", "organizational").put("name", a.name());
        } else {
            int comma = a.name().indexOf(',');
            p.put("type", "personal")
                    .put("given_name", a.givenName().orElse(comma < 0 ? "" : a.name().substring(comma + 1).trim()))
                    .put("family_name", a.familyName().orElse(comma < 0 ? a.name() : a.name().substring(0, comma).trim()));
            a.orcid().ifPresent(o -> p.putArray("identifiers").addObject().put("scheme", "orcid").put("identifier", o));
        }
        if (!a.affiliations().isEmpty()) {
            ArrayNode affs = c.putArray("affiliations");
            for (Organisation o : a.affiliations()) {
                affs.addObject().put("name", o.name());
            }
        }
        return c;
    }

    /** Plain text as the HTML Zenodo's description takes. */
    private static String html(String text) {
        return "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>";
    }
}
