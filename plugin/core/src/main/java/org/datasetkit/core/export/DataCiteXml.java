package org.datasetkit.core.export;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.datasetkit.core.datasheet.Datasheet;
import tools.jackson.databind.JsonNode;

/**
 * The DataCite Metadata Schema 4.6 record of the dataset (kernel-4), as registered with a DOI. Rights name the
 * licence three ways that agree: the SPDX id, its URI and its label.
 */
public final class DataCiteXml {

    private static final String NS = "http://datacite.org/schema/kernel-4";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private XMLStreamWriter w;
    private int depth;

    /** The XML, or empty when the datasheet has no DOI (DataCite records are DOI registrations). */
    public Optional<String> write(ExportInput in) {
        Datasheet sheet = in.datasheet();
        if (sheet.doi().isEmpty()) {
            return Optional.empty();
        }
        JsonNode t = sheet.parsed().tree();
        StringWriter out = new StringWriter();
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            open("resource");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(XSI, "schemaLocation", NS + " https://schema.datacite.org/meta/kernel-4.6/metadata.xsd");
            leaf("identifier", sheet.doi().get(), "identifierType", "DOI");
            open("creators");
            for (JsonNode c : t.path("creators")) {
                agent("creator", "creatorName", c, null);
            }
            close();
            open("titles");
            text(t.path("title"), "title", null);
            close();
            JsonNode publisher = t.path("publisher");
            if (publisher.has("ror")) {
                leaf("publisher", publisher.path("name").asString(), "publisherIdentifier", publisher.path("ror").asString(),
                        "publisherIdentifierScheme", "ROR", "schemeURI", "https://ror.org/");
            } else {
                leaf("publisher", publisher.path("name").asString());
            }
            leaf("publicationYear", sheet.datePublished().orElse(in.released().toString()).substring(0, 4));
            leaf("resourceType", t.path("resourceType").asString("Dataset"), "resourceTypeGeneral", "Dataset");
            subjects(t);
            contributors(t);
            dates(t, sheet);
            for (JsonNode lang : t.path("language")) {
                leaf("language", lang.asString());
                break; // DataCite takes one primary language
            }
            alternateIdentifiers(t);
            relatedIdentifiers(t);
            open("sizes");
            leaf("size", in.fixity().dataset().files().size() + " files");
            leaf("size", in.fixity().dataset().totalBytes() + " bytes");
            close();
            formats(in);
            leaf("version", sheet.version());
            rights(in);
            descriptions(t);
            funding(t);
            close();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write DataCite XML", e);
        }
        return Optional.of(out.toString().replace("?><resource", "?>\n<resource") + "\n");
    }

    private void agent(String element, String nameElement, JsonNode a, String contributorType) throws XMLStreamException {
        if (contributorType == null) {
            open(element);
        } else {
            open(element, "contributorType", contributorType);
        }
        boolean person = !"Organization".equals(a.path("type").asString("Person"));
        leaf(nameElement, a.path("name").asString(), "nameType", person ? "Personal" : "Organizational");
        if (a.has("givenName")) {
            leaf("givenName", a.path("givenName").asString());
        }
        if (a.has("familyName")) {
            leaf("familyName", a.path("familyName").asString());
        }
        if (a.has("orcid")) {
            leaf("nameIdentifier", "https://orcid.org/" + a.path("orcid").asString(), "nameIdentifierScheme", "ORCID",
                    "schemeURI", "https://orcid.org");
        }
        for (JsonNode aff : a.path("affiliations")) {
            if (aff.has("ror")) {
                leaf("affiliation", aff.path("name").asString(), "affiliationIdentifier", aff.path("ror").asString(),
                        "affiliationIdentifierScheme", "ROR", "schemeURI", "https://ror.org");
            } else {
                leaf("affiliation", aff.path("name").asString());
            }
        }
        close();
    }

    private void subjects(JsonNode t) throws XMLStreamException {
        if (t.path("keywords").isEmpty() && t.path("subjects").isEmpty()) {
            return;
        }
        open("subjects");
        for (JsonNode k : t.path("keywords")) {
            leaf("subject", k.asString());
        }
        for (JsonNode s : t.path("subjects")) {
            String label = s.has("label") ? Datasheet.textOf(s.path("label")) : s.path("code").asString();
            leaf("subject", label, "subjectScheme", s.path("scheme").asString(), "classificationCode", s.path("code").asString());
        }
        close();
    }

    private void contributors(JsonNode t) throws XMLStreamException {
        open("contributors");
        agent("contributor", "contributorName", t.at("/maintenance/maintainer"), "ContactPerson");
        for (JsonNode c : t.path("contributors")) {
            agent("contributor", "contributorName", c, c.path("role").asString("Other"));
        }
        if (t.has("principal")) {
            open("contributor", "contributorType", "RightsHolder");
            leaf("contributorName", t.at("/principal/name").asString(), "nameType", "Organizational");
            close();
        }
        close();
    }

    private void dates(JsonNode t, Datasheet sheet) throws XMLStreamException {
        open("dates");
        sheet.datePublished().ifPresent(d -> uncheckedLeaf("date", d, "dateType", "Issued"));
        if (t.has("dateCreated")) {
            leaf("date", t.path("dateCreated").asString(), "dateType", "Created");
        }
        JsonNode tf = t.at("/collection/timeframe");
        if (tf.has("start") && tf.has("end")) {
            leaf("date", tf.path("start").asString() + "/" + tf.path("end").asString(), "dateType", "Collected");
        }
        if (t.at("/access/embargoUntil").isString()) {
            leaf("date", t.at("/access/embargoUntil").asString(), "dateType", "Available");
        }
        close();
    }

    private void alternateIdentifiers(JsonNode t) throws XMLStreamException {
        JsonNode alternates = t.at("/identifiers/alternate");
        if (alternates.isEmpty()) {
            return;
        }
        open("alternateIdentifiers");
        for (JsonNode a : alternates) {
            leaf("alternateIdentifier", a.path("value").asString(), "alternateIdentifierType", a.path("type").asString());
        }
        close();
    }

    private void relatedIdentifiers(JsonNode t) throws XMLStreamException {
        List<JsonNode> sources = new java.util.ArrayList<>();
        t.at("/provenance/sources").forEach(s -> {
            if (s.has("identifier")) {
                sources.add(s);
            }
        });
        List<JsonNode> pubs = new java.util.ArrayList<>();
        t.path("relatedPublications").forEach(p -> {
            if (p.has("doi")) {
                pubs.add(p);
            }
        });
        if (sources.isEmpty() && pubs.isEmpty()) {
            return;
        }
        open("relatedIdentifiers");
        for (JsonNode s : sources) {
            String id = s.path("identifier").asString();
            boolean doi = id.startsWith("10.") || id.startsWith("https://doi.org/");
            String value = id.startsWith("https://doi.org/") ? id.substring("https://doi.org/".length()) : id;
            leaf("relatedIdentifier", value, "relatedIdentifierType", doi ? "DOI" : "URL",
                    "relationType", "reference".equals(s.path("use").asString()) ? "References" : "IsDerivedFrom");
        }
        for (JsonNode p : pubs) {
            String relation = p.path("relation").asString("IsDescribedBy");
            leaf("relatedIdentifier", p.path("doi").asString(), "relatedIdentifierType", "DOI",
                    "relationType", relation.equals("Other") ? "References" : relation);
        }
        close();
    }

    private void formats(ExportInput in) throws XMLStreamException {
        java.util.Set<String> types = new java.util.TreeSet<>();
        in.fixity().files().forEach(f -> types.add(MediaTypes.of(f.file().path())));
        open("formats");
        for (String type : types) {
            leaf("format", type);
        }
        close();
    }

    private void rights(ExportInput in) throws XMLStreamException {
        open("rightsList");
        String declared = in.datasheet().licenseExpression();
        LicenseLabel label = LicenseLabel.of(declared, in.licences());
        if (label.spdxId().isPresent()) {
            leaf("rights", label.name(), XML, "lang", "en", "rightsURI", label.url(), "rightsIdentifier", label.spdxId().get(),
                    "rightsIdentifierScheme", "SPDX", "schemeURI", "https://spdx.org/licenses/");
        } else {
            leaf("rights", declared);
        }
        String access = in.datasheet().accessLevel();
        leaf("rights", "open".equals(access) ? "Open Access" : "restricted".equals(access) ? "Restricted Access" : "Access on request",
                "rightsURI", "open".equals(access) ? "info:eu-repo/semantics/openAccess" : "info:eu-repo/semantics/restrictedAccess");
        close();
    }

    private void descriptions(JsonNode t) throws XMLStreamException {
        open("descriptions");
        text(t.path("description"), "description", "Abstract");
        if (t.at("/collection/description").isString() || t.at("/collection/description").isObject()) {
            text(t.at("/collection/description"), "description", "Methods");
        }
        if (t.at("/uses/limitations").isString()) {
            leaf("description", "Limitations: " + t.at("/uses/limitations").asString(), "descriptionType", "TechnicalInfo");
        }
        close();
    }

    private void funding(JsonNode t) throws XMLStreamException {
        if (t.path("funding").isEmpty()) {
            return;
        }
        open("fundingReferences");
        for (JsonNode f : t.path("funding")) {
            open("fundingReference");
            leaf("funderName", f.path("funderName").asString());
            if (f.has("funderId")) {
                String id = f.path("funderId").asString();
                leaf("funderIdentifier", id, "funderIdentifierType", id.contains("ror.org") ? "ROR" : "Crossref Funder ID");
            }
            if (f.has("awardNumber")) {
                leaf("awardNumber", f.path("awardNumber").asString());
            }
            if (f.has("awardTitle")) {
                leaf("awardTitle", f.path("awardTitle").asString());
            }
            close();
        }
        close();
    }

    /** A text or language map as one element per language. */
    private void text(JsonNode node, String element, String descriptionType) throws XMLStreamException {
        if (node.isObject()) {
            for (var e : node.properties()) {
                if (descriptionType == null) {
                    leaf(element, e.getValue().asString(), XML, "lang", e.getKey());
                } else {
                    leaf(element, e.getValue().asString(), XML, "lang", e.getKey(), "descriptionType", descriptionType);
                }
            }
        } else if (descriptionType == null) {
            leaf(element, node.asString());
        } else {
            leaf(element, node.asString(), "descriptionType", descriptionType);
        }
    }

    private void open(String name, String... attributes) throws XMLStreamException {
        indent();
        w.writeStartElement(name);
        attributes(attributes);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        indent();
        w.writeEndElement();
    }

    private void uncheckedLeaf(String name, String value, String... attributes) {
        try {
            leaf(name, value, attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element with text; attributes as name/value pairs, or namespace/name/value when the first is a URI. */
    private void leaf(String name, String value, String... attributes) throws XMLStreamException {
        indent();
        w.writeStartElement(name);
        attributes(attributes);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private void attributes(String... a) throws XMLStreamException {
        for (int i = 0; i < a.length; ) {
            if (a[i].equals(XML)) {
                w.writeAttribute("xml", XML, a[i + 1], a[i + 2]);
                i += 3;
            } else {
                w.writeAttribute(a[i], a[i + 1]);
                i += 2;
            }
        }
    }

    private void indent() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
