package org.datasetkit.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.bag.TagFile;
import org.datasetkit.core.datasheet.Agent;
import org.datasetkit.core.datasheet.CollectionProcess;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.DateRange;
import org.datasetkit.core.datasheet.Distribution;
import org.datasetkit.core.datasheet.Funding;
import org.datasetkit.core.datasheet.Organisation;
import org.datasetkit.core.datasheet.Source;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ro-crate-metadata.json} (RO-Crate 1.2, or 1.3 when asked): the bag's payload directory is the crate root, an
 * attached crate in which every payload file is a File with its size, media type and SHA-256, reached through its
 * folders. The root says who may have the data ({@code conditionsOfAccess}, {@code isAccessibleForFree}, DUO terms),
 * what it is based on ({@code isBasedOn} the sources), who made and funded it, and how to cite it.
 */
public final class RoCrate {

    public static final String FILE_NAME = "ro-crate-metadata.json";

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    /** Contextual entities by @id, in the order first met; an organisation named twice is one entity. */
    private final Map<String, ObjectNode> contextual = new LinkedHashMap<>();

    /** @param generated the other generated files placed in the payload */
    public String write(ExportInput in, List<TagFile> generated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(in, generated, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown by a byte array
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the crate as UTF-8 to {@code out}, streaming the part that grows with the payload (its files and folders),
     * so its memory does not grow with the number of files; the bytes are those of the whole tree pretty-printed.
     */
    public void write(ExportInput in, List<TagFile> generated, OutputStream out) throws IOException {
        write(in, generated, out, Optional.empty(), Optional.empty());
    }

    /**
     * The crate with the link to the previous version ({@code previousDoi}, bare): isBasedOn it, and an entity for it
     * last; the same bytes as {@link VersionRelations#roCrate} makes of the crate without them.
     */
    public void write(ExportInput in, List<TagFile> generated, OutputStream out, Optional<String> previousDoi,
            Optional<String> previousVersion) throws IOException {
        write(in, out, generated.stream().map(GeneratedFile::of).toList(), previousDoi, previousVersion);
    }

    /** The crate listing generated files held in memory or already written to disk ({@code generated}, in order). */
    public void write(ExportInput in, OutputStream out, List<GeneratedFile> generated, Optional<String> previousDoi,
            Optional<String> previousVersion) throws IOException {
        String version = in.versions().roCrate();
        ObjectNode descriptor = mapper.createObjectNode();
        descriptor.put("@id", FILE_NAME);
        descriptor.put("@type", "CreativeWork");
        descriptor.putObject("conformsTo").put("@id", "https://w3id.org/ro/crate/" + version);
        descriptor.putObject("about").put("@id", "./");
        ObjectNode dataset = mapper.createObjectNode();
        describe(in, dataset);
        Optional<String> previous = previousDoi.map(IdentifierUrls::doiUrl);
        boolean basedOnAfterParts = previous.isPresent() && !dataset.has("isBasedOn"); // where a tree appends it
        previous.filter(url -> !basedOnAfterParts).ifPresent(url -> VersionRelations.basedOn(dataset, url));
        RoCrateParts parts = new RoCrateParts(in.fixity().files(), generated);
        try (JsonGenerator g = mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringProperty("@context", "https://w3id.org/ro/crate/" + version + "/context");
            g.writeArrayPropertyStart("@graph");
            g.writeTree(descriptor);
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> property : dataset.properties()) {
                g.writeName(property.getKey());
                g.writeTree(property.getValue());
            }
            parts.rootParts(g);
            if (basedOnAfterParts) {
                g.writeName("isBasedOn");
                g.writeTree(VersionRelations.basedOn(mapper.createObjectNode(), previous.get()).get("isBasedOn"));
            }
            g.writeEndObject();
            contextual.values().forEach(g::writeTree);
            parts.entities(g);
            if (previous.isPresent()) {
                g.writeTree(VersionRelations.previousEntity(mapper.createObjectNode(), previous.get(), previousVersion,
                        in.datasheet().title().english()));
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        out.write('\n');
    }

    private void describe(ExportInput in, ObjectNode dataset) {
        Datasheet sheet = in.datasheet();
        dataset.put("@id", "./");
        dataset.put("@type", "Dataset");
        dataset.put("name", sheet.title().english());
        dataset.put("description", sheet.description().english());
        dataset.put("version", sheet.version());
        dataset.put("datePublished", sheet.datePublished().orElse(in.released().toString().substring(0, 10)));
        sheet.doi().map(IdentifierUrls::doiUrl).ifPresent(url -> {
            dataset.put("identifier", url);
            dataset.putObject("cite-as").put("@id", url);
        });
        sheet.landingPage().ifPresent(page -> dataset.put("url", page));
        sheet.identifiers().conceptDoi().ifPresent(c -> dataset.putObject("isPartOf").put("@id", IdentifierUrls.doiUrl(c)));
        ArrayNode keywords = dataset.putArray("keywords");
        sheet.keywords().forEach(keywords::add);
        if (!sheet.language().isEmpty()) {
            ArrayNode languages = dataset.putArray("inLanguage");
            sheet.language().forEach(languages::add);
        }
        Optional<DateRange> tf = sheet.collection().flatMap(CollectionProcess::timeframe);
        tf.filter(r -> r.start().isPresent() || r.end().isPresent())
                .ifPresent(r -> dataset.put("temporalCoverage", r.start().orElse("..") + "/" + r.end().orElse("..")));
        LicenseLabel license = LicenseLabel.of(sheet.license().spdx(), in.licences());
        dataset.putObject("license").put("@id", license.url());
        entity(license.url(), "CreativeWork", license.name()).put("description", "The licence of the dataset: "
                + license.spdxId().orElse(sheet.license().spdx()) + ".");
        license.spdxId().ifPresent(id -> contextual.get(license.url()).put("identifier", id));
        access(AccessTerms.of(sheet), dataset);
        ArrayNode authors = dataset.putArray("author");
        for (int i = 0; i < sheet.creators().size(); i++) {
            authors.addObject().put("@id", person(sheet.creators().get(i), "#creator-" + i));
        }
        dataset.putObject("publisher").put("@id", organisation(sheet.publisher(), "#publisher"));
        sheet.principal().ifPresent(p -> dataset.putObject("copyrightHolder").put("@id", organisation(p, "#principal")));
        funders(sheet.funding(), dataset);
        contact(sheet, dataset);
        sources(in, dataset);
        List<Distribution.Mirror> mirrors = sheet.distribution().map(Distribution::mirrors).orElse(List.of());
        if (!mirrors.isEmpty()) {
            ArrayNode same = dataset.putArray("sameAs");
            mirrors.forEach(m -> same.addObject().put("@id", m.url()));
        }
    }

    private void access(AccessTerms terms, ObjectNode dataset) {
        dataset.put("isAccessibleForFree", terms.free());
        dataset.put("conditionsOfAccess", terms.conditions());
        if (terms.usage().isEmpty() && terms.dataUseAgreement().isEmpty()) {
            return;
        }
        ArrayNode usage = dataset.putArray("usageInfo");
        for (int i = 0; i < terms.usage().size(); i++) {
            AccessTerms.Term t = terms.usage().get(i);
            String id = t.url().orElse("#usage-" + i);
            usage.addObject().put("@id", id);
            entity(id, "DefinedTerm", t.name()).put("termCode", t.code());
        }
        terms.dataUseAgreement().ifPresent(dua -> {
            usage.addObject().put("@id", dua);
            entity(dua, "CreativeWork", "Data use agreement");
        });
    }

    private String person(Agent a, String fallbackId) {
        String id = a.orcid().map(orcid -> "https://orcid.org/" + orcid).orElse(fallbackId);
        ObjectNode person = entity(id, a.isOrganization() ? "Organization" : "Person", a.name());
        if (!a.affiliations().isEmpty()) {
            ArrayNode affiliations = person.putArray("affiliation");
            for (int i = 0; i < a.affiliations().size(); i++) {
                affiliations.addObject().put("@id", organisation(a.affiliations().get(i), fallbackId + "-affiliation-" + i));
            }
        }
        return id;
    }

    private String organisation(Organisation o, String fallbackId) {
        String id = o.ror().orElse(fallbackId);
        entity(id, "Organization", o.name());
        return id;
    }

    private void funders(List<Funding> funding, ObjectNode dataset) {
        if (funding.isEmpty()) {
            return;
        }
        ArrayNode funders = dataset.putArray("funder");
        for (int i = 0; i < funding.size(); i++) {
            Funding f = funding.get(i);
            String id = f.funderId().flatMap(IdentifierUrls::url).orElse("#funder-" + i);
            entity(id, "Organization", f.funderName());
            funders.addObject().put("@id", id);
        }
    }

    private void contact(Datasheet sheet, ObjectNode dataset) {
        String contact = sheet.maintenance().contact();
        String id = contact.contains("@") ? "mailto:" + contact : contact;
        ObjectNode point = entity(id, "ContactPoint", sheet.maintenance().maintainer().name());
        point.put(contact.contains("@") ? "email" : "url", contact);
        point.put("contactType", "maintainer");
        dataset.putObject("contactPoint").put("@id", id);
    }

    /** isBasedOn every source: by its identifier's URL where it has one, with its checked licence. */
    private void sources(ExportInput in, ObjectNode dataset) {
        List<Source> sources = in.datasheet().sources();
        if (sources.isEmpty()) {
            return;
        }
        ArrayNode basedOn = dataset.putArray("isBasedOn");
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            String id = s.identifier().flatMap(IdentifierUrls::url).orElse("#source-" + i);
            basedOn.addObject().put("@id", id);
            ObjectNode source = entity(id, "Dataset", s.title());
            s.identifier().ifPresent(identifier -> source.put("identifier", identifier));
            s.version().ifPresent(v -> source.put("version", v));
            source.putObject("license").put("@id", SourceLicences.label(in.licences(), i, s).url());
            s.modifications().ifPresent(m -> source.put("description", "Changes made: " + m.english()));
        }
    }

    /** The contextual entity with this id, made on first use. */
    private ObjectNode entity(String id, String type, String name) {
        return contextual.computeIfAbsent(id, k -> {
            ObjectNode e = mapper.createObjectNode();
            e.put("@id", id);
            e.put("@type", type);
            e.put("name", name);
            return e;
        });
    }
}
