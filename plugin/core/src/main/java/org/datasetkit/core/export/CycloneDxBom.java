package org.datasetkit.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.datasheet.Agent;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.Distribution;
import org.datasetkit.core.datasheet.Organisation;
import org.datasetkit.core.datasheet.Source;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FileFixity;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@value #PATH}: a CycloneDX 1.6 BOM whose subject ({@code metadata.component}) is the dataset as a {@code data}
 * component: its licence, identifiers and mirrors, who made and supplies it, its upstream sources as
 * {@code pedigree.ancestors}, and under {@code data} who governs it and what sensitive data it holds
 * ({@link CycloneDxData}). Every file of the dataset is a {@code file} component with its checksums. The serial number
 * is a UUID derived from the BOM's content and the timestamp is the build's fixed time, so the same inputs give the
 * same bytes.
 *
 * <p>Streamed: the file components, which grow with the payload, are written straight from the fixity result; only
 * the BOM's metadata is made as a tree.
 */
public final class CycloneDxBom {

    public static final String PATH = "metadata/dataset.cdx.json";

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String write(ExportInput in) {
        return ContentUuid.text("urn:uuid:", (serial, out) -> write(in, serial, out));
    }

    /** Writes the BOM as UTF-8 to {@code out}, in two passes (its serial number is derived from its content). */
    public void write(ExportInput in, OutputStream out) throws IOException {
        ContentUuid.write(out, "urn:uuid:", (serial, o) -> write(in, serial, o));
    }

    private void write(ExportInput in, String serial, OutputStream out) throws IOException {
        ObjectNode bom = mapper.createObjectNode();
        bom.put("bomFormat", "CycloneDX");
        bom.put("specVersion", "1.6");
        bom.put("serialNumber", serial);
        bom.put("version", 1);
        ObjectNode metadata = bom.putObject("metadata");
        metadata.put("timestamp", SpdxDatasetFields.time(in.released()));
        metadata.putObject("tools").putArray("components").addObject().put("type", "application")
                .put("name", "datasetkit");
        describe(metadata.putObject("component"), in);
        JsonStream.write(mapper, out, g -> {
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> property : bom.properties()) {
                g.writeName(property.getKey());
                g.writeTree(property.getValue());
            }
            files(g, in);
            g.writeEndObject();
        });
    }

    private void describe(ObjectNode c, ExportInput in) {
        Datasheet sheet = in.datasheet();
        c.put("type", "data");
        c.put("bom-ref", "dataset");
        organisation(c.putObject("supplier"), sheet.publisher());
        sheet.principal().ifPresent(p -> organisation(c.putObject("manufacturer"), p));
        ArrayNode authors = c.putArray("authors");
        sheet.creators().forEach(a -> contact(authors.addObject(), a));
        c.put("publisher", sheet.publisher().name());
        c.put("name", sheet.title().english());
        c.put("version", sheet.version());
        c.put("description", sheet.description().english());
        licences(c, LicenseLabel.of(sheet.license().spdx(), in.licences()), in.licences().declared().isEmpty()
                ? sheet.license().spdx() : in.licences().declared());
        references(c, sheet);
        ancestors(c, in);
        new CycloneDxData(sheet).describe(c);
        if (!sheet.keywords().isEmpty()) {
            ArrayNode tags = c.putArray("tags");
            sheet.keywords().forEach(tags::add);
        }
    }

    static void organisation(ObjectNode entity, Organisation o) {
        entity.put("name", o.name());
        o.ror().ifPresent(ror -> entity.putArray("url").add(ror));
    }

    static void contact(ObjectNode contact, Agent a) {
        contact.put("name", a.name());
        a.email().ifPresent(e -> contact.put("email", e));
    }

    /** A single listed licence by its id; an expression or a LicenseRef as an expression. */
    private static void licences(ObjectNode c, LicenseLabel label, String expression) {
        ObjectNode choice = c.putArray("licenses").addObject();
        if (label.spdxId().isPresent() && label.spdxId().get().equals(expression)) {
            choice.putObject("license").put("id", expression).put("url", label.url());
        } else {
            choice.put("expression", expression);
        }
    }

    /** The DOI and landing page as websites, the mirrors as distributions. */
    private static void references(ObjectNode c, Datasheet sheet) {
        ArrayNode refs = c.putArray("externalReferences");
        sheet.doi().ifPresent(doi -> refs.addObject().put("type", "website").put("url", IdentifierUrls.doiUrl(doi))
                .put("comment", "DOI of this version"));
        sheet.identifiers().conceptDoi().ifPresent(doi -> refs.addObject().put("type", "website")
                .put("url", IdentifierUrls.doiUrl(doi)).put("comment", "DOI of every version (concept DOI)"));
        sheet.landingPage().ifPresent(page -> refs.addObject().put("type", "website").put("url", page)
                .put("comment", "Landing page"));
        for (Distribution.Mirror m : sheet.distribution().map(Distribution::mirrors).orElse(List.of())) {
            refs.addObject().put("type", "distribution").put("url", m.url())
                    .put("comment", "Mirror" + m.platform().map(p -> " on " + p).orElse(""));
        }
        if (refs.isEmpty()) {
            c.remove("externalReferences");
        }
    }

    /** Every upstream source as an ancestor data component, with its identifier, licence and how it was used. */
    private static void ancestors(ObjectNode c, ExportInput in) {
        List<Source> sources = in.datasheet().sources();
        if (sources.isEmpty()) {
            return;
        }
        ArrayNode ancestors = c.putObject("pedigree").putArray("ancestors");
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            ObjectNode a = ancestors.addObject();
            a.put("type", "data");
            a.put("bom-ref", "source-" + (i + 1));
            a.put("name", s.title());
            s.version().ifPresent(v -> a.put("version", v));
            a.put("description", "Used as: " + s.use() + "."
                    + s.modifications().map(m -> " Changes made: " + m.english()).orElse(""));
            LicenseLabel label = SourceLicences.label(in.licences(), i, s);
            licences(a, label, label.spdxId().orElse(s.license()));
            Optional<String> url = s.identifier().flatMap(IdentifierUrls::url);
            url.ifPresent(u -> a.putArray("externalReferences").addObject().put("type", "website").put("url", u));
        }
    }

    /** The dataset's own files, by path, with their checksums: written as they are read, as the tree had them. */
    private static void files(JsonGenerator g, ExportInput in) {
        List<FileFixity> files = in.fixity().files().stream().sorted(Comparator.comparing(f -> f.file().path()))
                .toList();
        g.writeArrayPropertyStart("components");
        for (int i = 0; i < files.size(); i++) {
            FileFixity f = files.get(i);
            g.writeStartObject();
            g.writeStringProperty("type", "file");
            g.writeStringProperty("bom-ref", "file-" + (i + 1));
            g.writeStringProperty("mime-type", MediaTypes.of(f.file().path()));
            g.writeStringProperty("name", f.file().path());
            g.writeArrayPropertyStart("hashes");
            for (DigestAlgorithm a : in.fixity().algorithms()) {
                if (f.has(a)) {
                    g.writeStartObject();
                    g.writeStringProperty("alg", algorithm(a));
                    g.writeStringProperty("content", f.digest(a));
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String algorithm(DigestAlgorithm a) {
        return switch (a) {
            case SHA256 -> "SHA-256";
            case SHA512 -> "SHA-512";
            case SHA1 -> "SHA-1";
            case MD5 -> "MD5";
        };
    }
}
