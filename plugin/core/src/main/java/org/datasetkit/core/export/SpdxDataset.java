package org.datasetkit.core.export;

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
 */
public final class SpdxDataset {

    public static final String PATH = "metadata/dataset.spdx.json";
    static final String CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld";
    private static final String CREATION_INFO = "_:creationinfo";
    private static final String NS = ContentUuid.PLACEHOLDER + "#";

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String write(ExportInput in) {
        Datasheet sheet = in.datasheet();
        ObjectNode root = mapper.createObjectNode();
        root.put("@context", CONTEXT);
        ArrayNode graph = root.putArray("@graph");
        ObjectNode creation = graph.addObject();
        ObjectNode document = graph.addObject();
        ArrayNode elements = mapper.createArrayNode();

        ArrayNode createdBy = creationInfo(creation, in);
        for (int i = 0; i < sheet.creators().size(); i++) {
            createdBy.add(agent(graph, elements, sheet.creators().get(i), "creator-" + (i + 1)));
        }
        String publisher = organisation(graph, elements, sheet.publisher(), "publisher");
        String originator = sheet.principal().map(p -> organisation(graph, elements, p, "principal")).orElse(publisher);
        creation.putArray("createdUsing").add(element(graph, elements, "Tool", "tool").put("name", "datasetkit")
                .get("spdxId").asString());

        ObjectNode dataset = element(graph, elements, "dataset_DatasetPackage", "dataset");
        new SpdxDatasetFields(in).describe(dataset, originator, publisher);
        licence(graph, elements, "dataset", licenceOf(in));
        sources(graph, elements, in);
        files(graph, elements, in);

        document.put("type", "SpdxDocument");
        document.put("spdxId", NS + "document");
        document.put("creationInfo", CREATION_INFO);
        document.put("name", sheet.title().english() + " " + sheet.version());
        document.putArray("profileConformance").add("core").add("software").add("dataset").add("simpleLicensing");
        document.putArray("rootElement").add(NS + "dataset");
        document.set("element", elements);
        return ContentUuid.fill(mapper.writeValueAsString(root) + "\n", "urn:uuid:");
    }

    /** The one CreationInfo every element shares: the spec version, the build's fixed time; returns createdBy. */
    private static ArrayNode creationInfo(ObjectNode creation, ExportInput in) {
        creation.put("type", "CreationInfo");
        creation.put("@id", CREATION_INFO);
        creation.put("specVersion", "3.0.1");
        creation.put("created", SpdxDatasetFields.time(in.released()));
        return creation.putArray("createdBy");
    }

    /** A new element of the graph, listed in the document; its id is {@code name} in the document's namespace. */
    private ObjectNode element(ArrayNode graph, ArrayNode elements, String type, String name) {
        ObjectNode e = graph.addObject();
        e.put("type", type);
        e.put("spdxId", NS + name);
        e.put("creationInfo", CREATION_INFO);
        elements.add(NS + name);
        return e;
    }

    private String agent(ArrayNode graph, ArrayNode elements, Agent a, String name) {
        ObjectNode e = element(graph, elements, a.isOrganization() ? "Organization" : "Person", name)
                .put("name", a.name());
        a.orcid().ifPresent(orcid -> identifier(e, "other", orcid, "https://orcid.org/" + orcid, "ORCID"));
        return e.get("spdxId").asString();
    }

    private String organisation(ArrayNode graph, ArrayNode elements, Organisation o, String name) {
        ObjectNode e = element(graph, elements, "Organization", name).put("name", o.name());
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
    private void licence(ArrayNode graph, ArrayNode elements, String owner, String expression) {
        element(graph, elements, "simplelicensing_LicenseExpression", owner + "-licence")
                .put("simplelicensing_licenseExpression", expression);
        relationship(graph, elements, owner, "hasDeclaredLicense", List.of(owner + "-licence"));
        if (owner.equals("dataset")) {
            relationship(graph, elements, owner, "hasConcludedLicense", List.of(owner + "-licence"));
        }
    }

    private void relationship(ArrayNode graph, ArrayNode elements, String from, String type, List<String> to) {
        ObjectNode r = element(graph, elements, "Relationship", from + "-" + type);
        r.put("from", NS + from);
        r.put("relationshipType", type);
        ArrayNode targets = r.putArray("to");
        to.forEach(t -> targets.add(NS + t));
        r.put("completeness", "complete");
    }

    /** Every upstream source as a data package with its identifier and licence; the dataset descends from them. */
    private void sources(ArrayNode graph, ArrayNode elements, ExportInput in) {
        List<Source> sources = in.datasheet().sources();
        if (sources.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            String name = "source-" + (i + 1);
            ObjectNode p = element(graph, elements, "software_Package", name).put("name", s.title());
            s.version().ifPresent(v -> p.put("software_packageVersion", v));
            p.put("software_primaryPurpose", "data");
            Optional<String> url = s.identifier().flatMap(IdentifierUrls::url);
            url.ifPresent(u -> p.put("software_downloadLocation", u));
            s.identifier().flatMap(IdentifierUrls::doi)
                    .ifPresent(doi -> identifier(p, "other", doi, url.orElseThrow(), "DOI"));
            p.put("comment", "Used as: " + s.use() + "."
                    + s.modifications().map(m -> " Changes made: " + m.english()).orElse(""));
            licence(graph, elements, name, SourceLicences.label(in.licences(), i, s).spdxId().orElse(s.license()));
            names.add(name);
        }
        relationship(graph, elements, "dataset", "descendantOf", names);
    }

    /** The dataset's own files, by path, each with its checksums; the dataset contains them all. */
    private void files(ArrayNode graph, ArrayNode elements, ExportInput in) {
        List<FileFixity> files = in.fixity().files().stream().sorted(Comparator.comparing(f -> f.file().path()))
                .toList();
        if (files.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            FileFixity f = files.get(i);
            String name = "file-" + (i + 1);
            ObjectNode e = element(graph, elements, "software_File", name).put("name", f.file().path());
            ArrayNode hashes = e.putArray("verifiedUsing");
            for (DigestAlgorithm a : in.fixity().algorithms()) {
                if (f.digests().containsKey(a)) {
                    hashes.addObject().put("type", "Hash").put("algorithm", a.bagitName())
                            .put("hashValue", f.digest(a));
                }
            }
            e.put("contentType", MediaTypes.of(f.file().path()));
            e.put("software_fileKind", "file");
            names.add(name);
        }
        relationship(graph, elements, "dataset", "contains", names);
    }
}
