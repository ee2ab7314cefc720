package org.datasetkit.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.datasheet.Agent;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.Organisation;
import org.datasetkit.core.datasheet.Source;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FileFixity;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@value #PATH}: an SPDX 3.0.1 document (JSON-LD, the 3.0.1 context) with the Dataset profile, so that a copy of the
 * data keeps its licence and provenance in the form software supply-chain tools read. The dataset is a
 * {@code dataset_DatasetPackage} with its declared and concluded licence, its personal-data fields, size, collection
 * process and intended use ({@link SpdxDatasetFields}); every source is a package it {@code descendantOf}, with its
 * own licence; every file of the dataset is a {@code software_File} with its checksums, which the dataset
 * {@code contains}. Element ids live in a namespace derived from the document's content, and every time is the
 * build's fixed time, so the same inputs give the same bytes.
 *
 * <p>Streamed: the files and the dataset's {@code contains} relationship, which grow with the payload, are written
 * straight from the fixity result; only the elements that do not (agents, licences, sources) are made as a tree.
 */
public final class SpdxDataset {

    public static final String PATH = "metadata/dataset.spdx.json";
    static final String CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld";
    private static final String CREATION_INFO = "_:creationinfo";

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String write(ExportInput in) {
        return ContentUuid.text("urn:uuid:", (id, out) -> write(in, id + "#", out));
    }

    /** Writes the document as UTF-8 to {@code out}, in two passes (its namespace is derived from its content). */
    public void write(ExportInput in, OutputStream out) throws IOException {
        ContentUuid.write(out, "urn:uuid:", (id, o) -> write(in, id + "#", o));
    }

    /** The elements made as a tree, in the graph's order, and their ids, in the document's order. */
    private record Graph(String ns, List<ObjectNode> nodes, ArrayNode ids) {

        /** A new element of the graph, listed in the document; its id is {@code name} in the namespace. */
        ObjectNode element(String type, String name) {
            ObjectNode e = ids.objectNode();
            e.put("type", type);
            e.put("spdxId", ns + name);
            e.put("creationInfo", CREATION_INFO);
            nodes.add(e);
            ids.add(ns + name);
            return e;
        }
    }

    private void write(ExportInput in, String ns, OutputStream out) throws IOException {
        Datasheet sheet = in.datasheet();
        Graph graph = new Graph(ns, new ArrayList<>(), mapper.createArrayNode());
        ObjectNode creation = mapper.createObjectNode();
        ArrayNode createdBy = creationInfo(creation, in);
        for (int i = 0; i < sheet.creators().size(); i++) {
            createdBy.add(agent(graph, sheet.creators().get(i), "creator-" + (i + 1)));
        }
        String publisher = organisation(graph, sheet.publisher(), "publisher");
        String originator = sheet.principal().map(p -> organisation(graph, p, "principal")).orElse(publisher);
        creation.putArray("createdUsing").add(graph.element("Tool", "tool").put("name", "datasetkit")
                .get("spdxId").asString());

        ObjectNode dataset = graph.element("dataset_DatasetPackage", "dataset");
        new SpdxDatasetFields(in).describe(dataset, originator, publisher);
        licence(graph, "dataset", licenceOf(in));
        sources(graph, in);
        List<FileFixity> files = in.fixity().files().stream().sorted(Comparator.comparing(f -> f.file().path()))
                .toList();
        JsonStream.write(mapper, out, g -> {
            g.writeStartObject();
            g.writeStringProperty("@context", CONTEXT);
            g.writeArrayPropertyStart("@graph");
            g.writeTree(creation);
            document(g, sheet, graph, files.size());
            graph.nodes().forEach(g::writeTree);
            files(g, ns, in, files);
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The SpdxDocument: every element's id, the files' and their relationship's streamed after the others. */
    private static void document(JsonGenerator g, Datasheet sheet, Graph graph, int files) {
        String ns = graph.ns();
        g.writeStartObject();
        g.writeStringProperty("type", "SpdxDocument");
        g.writeStringProperty("spdxId", ns + "document");
        g.writeStringProperty("creationInfo", CREATION_INFO);
        g.writeStringProperty("name", sheet.title().english() + " " + sheet.version());
        g.writeArrayPropertyStart("profileConformance");
        for (String profile : List.of("core", "software", "dataset", "simpleLicensing")) {
            g.writeString(profile);
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("rootElement");
        g.writeString(ns + "dataset");
        g.writeEndArray();
        g.writeArrayPropertyStart("element");
        graph.ids().forEach(id -> g.writeString(id.asString()));
        for (int i = 1; i <= files; i++) {
            g.writeString(ns + "file-" + i);
        }
        if (files > 0) {
            g.writeString(ns + "dataset-contains");
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The one CreationInfo every element shares: the spec version, the build's fixed time; returns createdBy. */
    private static ArrayNode creationInfo(ObjectNode creation, ExportInput in) {
        creation.put("type", "CreationInfo");
        creation.put("@id", CREATION_INFO);
        creation.put("specVersion", "3.0.1");
        creation.put("created", SpdxDatasetFields.time(in.released()));
        return creation.putArray("createdBy");
    }

    private static String agent(Graph graph, Agent a, String name) {
        ObjectNode e = graph.element(a.isOrganization() ? "Organization" : "Person", name).put("name", a.name());
        a.orcid().ifPresent(orcid -> identifier(e, "other", orcid, "https://orcid.org/" + orcid, "ORCID"));
        return e.get("spdxId").asString();
    }

    private static String organisation(Graph graph, Organisation o, String name) {
        ObjectNode e = graph.element("Organization", name).put("name", o.name());
        o.ror().ifPresent(ror -> identifier(e, "other", ror, ror, "ROR"));
        return e.get("spdxId").asString();
    }

    /** An identifier 3.0.1 has no type for (DOI, ORCID, ROR): {@code other}, with where it resolves. */
    static void identifier(ObjectNode element, String type, String id, String url, String authority) {
        ArrayNode list = element.has("externalIdentifier") ? (ArrayNode) element.get("externalIdentifier")
                : element.putArray("externalIdentifier");
        ObjectNode e = list.addObject();
        e.put("type", "ExternalIdentifier");
        e.put("externalIdentifierType", type);
        e.put("identifier", id);
        e.putArray("identifierLocator").add(url);
        e.put("issuingAuthority", authority);
    }

    /** The dataset's licence as the licence check read it (canonical SPDX), else as the datasheet writes it. */
    private static String licenceOf(ExportInput in) {
        return in.licences().declared().isEmpty() ? in.datasheet().license().spdx() : in.licences().declared();
    }

    /**
     * The licence of {@code owner} as an expression element. The datasheet declares it and the licence check, which
     * found it compatible with every source, concluded it: the same expression both ways.
     */
    private static void licence(Graph graph, String owner, String expression) {
        graph.element("simplelicensing_LicenseExpression", owner + "-licence")
                .put("simplelicensing_licenseExpression", expression);
        relationship(graph, owner, "hasDeclaredLicense", List.of(owner + "-licence"));
        if (owner.equals("dataset")) {
            relationship(graph, owner, "hasConcludedLicense", List.of(owner + "-licence"));
        }
    }

    private static void relationship(Graph graph, String from, String type, List<String> to) {
        ObjectNode r = graph.element("Relationship", from + "-" + type);
        r.put("from", graph.ns() + from);
        r.put("relationshipType", type);
        ArrayNode targets = r.putArray("to");
        to.forEach(t -> targets.add(graph.ns() + t));
        r.put("completeness", "complete");
    }

    /** Every upstream source as a data package with its identifier and licence; the dataset descends from them. */
    private static void sources(Graph graph, ExportInput in) {
        List<Source> sources = in.datasheet().sources();
        if (sources.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            String name = "source-" + (i + 1);
            ObjectNode p = graph.element("software_Package", name).put("name", s.title());
            s.version().ifPresent(v -> p.put("software_packageVersion", v));
            p.put("software_primaryPurpose", "data");
            Optional<String> url = s.identifier().flatMap(IdentifierUrls::url);
            url.ifPresent(u -> p.put("software_downloadLocation", u));
            s.identifier().flatMap(IdentifierUrls::doi)
                    .ifPresent(doi -> identifier(p, "other", doi, url.orElseThrow(), "DOI"));
            p.put("comment", "Used as: " + s.use() + "."
                    + s.modifications().map(m -> " Changes made: " + m.english()).orElse(""));
            licence(graph, name, SourceLicences.label(in.licences(), i, s).spdxId().orElse(s.license()));
            names.add(name);
        }
        relationship(graph, "dataset", "descendantOf", names);
    }

    /**
     * The dataset's own files, by path, each with its checksums, then the relationship saying the dataset contains
     * them all: written as they are read, as the tree had them.
     */
    private static void files(JsonGenerator g, String ns, ExportInput in, List<FileFixity> files) {
        if (files.isEmpty()) {
            return;
        }
        for (int i = 0; i < files.size(); i++) {
            FileFixity f = files.get(i);
            g.writeStartObject();
            g.writeStringProperty("type", "software_File");
            g.writeStringProperty("spdxId", ns + "file-" + (i + 1));
            g.writeStringProperty("creationInfo", CREATION_INFO);
            g.writeStringProperty("name", f.file().path());
            g.writeArrayPropertyStart("verifiedUsing");
            for (DigestAlgorithm a : in.fixity().algorithms()) {
                if (f.has(a)) {
                    g.writeStartObject();
                    g.writeStringProperty("type", "Hash");
                    g.writeStringProperty("algorithm", a.bagitName());
                    g.writeStringProperty("hashValue", f.digest(a));
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeStringProperty("contentType", MediaTypes.of(f.file().path()));
            g.writeStringProperty("software_fileKind", "file");
            g.writeEndObject();
        }
        g.writeStartObject();
        g.writeStringProperty("type", "Relationship");
        g.writeStringProperty("spdxId", ns + "dataset-contains");
        g.writeStringProperty("creationInfo", CREATION_INFO);
        g.writeStringProperty("from", ns + "dataset");
        g.writeStringProperty("relationshipType", "contains");
        g.writeArrayPropertyStart("to");
        for (int i = 1; i <= files.size(); i++) {
            g.writeString(ns + "file-" + i);
        }
        g.writeEndArray();
        g.writeStringProperty("completeness", "complete");
        g.writeEndObject();
    }
}
