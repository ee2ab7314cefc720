package org.datasetkit.core.export;

import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.datasheet.Agent;
import org.datasetkit.core.datasheet.Annotation;
import org.datasetkit.core.datasheet.CollectionProcess;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.DateRange;
import org.datasetkit.core.datasheet.LocalizedText;
import org.datasetkit.core.datasheet.PersonalData;
import org.datasetkit.core.datasheet.Preprocessing;
import org.datasetkit.core.datasheet.Source;
import org.datasetkit.core.datasheet.Uses;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FileFixity;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code croissant.json}: the Croissant 1.1 description ML platforms read, with the Responsible AI (RAI 1.0) fields
 * from the datasheet. Files are FileObjects with their SHA-256 (up to {@value #MAX_FILE_OBJECTS}); larger datasets
 * are described as FileSets, one per folder and format, whose checksums are the bag's manifest.
 */
public final class Croissant {

    public static final String FILE_NAME = "croissant.json";
    static final int MAX_FILE_OBJECTS = 10_000;

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String write(ExportInput in) {
        Datasheet sheet = in.datasheet();
        ObjectNode root = mapper.createObjectNode();
        root.set("@context", context());
        root.put("@type", "sc:Dataset");
        root.put("conformsTo", "http://mlcommons.org/croissant/1.1");
        root.put("name", sheet.title().english());
        root.put("description", sheet.description().english());
        root.put("version", sheet.version());
        root.put("datePublished", sheet.datePublished().orElse(in.released().toString().substring(0, 10)));
        sheet.doi().ifPresent(doi -> {
            root.put("url", "https://doi.org/" + doi);
            root.put("sameAs", "https://doi.org/" + doi);
        });
        if (sheet.doi().isEmpty()) {
            sheet.landingPage().ifPresent(page -> root.put("url", page));
        }
        root.put("license", LicenseLabel.of(sheet.license().spdx(), in.licences()).url());
        sheet.citeAs().ifPresent(citation -> root.put("citeAs", citation));
        ArrayNode keywords = root.putArray("keywords");
        sheet.keywords().forEach(keywords::add);
        ArrayNode creators = root.putArray("creator");
        for (Agent c : sheet.creators()) {
            ObjectNode p = creators.addObject();
            p.put("@type", c.isOrganization() ? "sc:Organization" : "sc:Person");
            p.put("name", c.name());
            c.orcid().ifPresent(orcid -> p.put("url", "https://orcid.org/" + orcid));
        }
        root.putObject("publisher").put("@type", "sc:Organization").put("name", sheet.publisher().name());
        rai(sheet, root);
        ArrayNode derived = root.putArray("prov:wasDerivedFrom");
        for (Source s : sheet.sources()) {
            ObjectNode src = derived.addObject();
            src.put("@type", "sc:Dataset");
            src.put("name", s.title());
            s.identifier().ifPresent(id -> src.put("url", id));
            src.put("license", s.license());
        }
        distribution(in, root.putArray("distribution"));
        return mapper.writeValueAsString(root) + "\n";
    }

    /** The Responsible AI fields, each where the datasheet says something about it. */
    private void rai(Datasheet sheet, ObjectNode root) {
        Optional<CollectionProcess> collection = sheet.collection();
        Optional<Preprocessing> preprocessing = sheet.preprocessing();
        Optional<Annotation> annotation = sheet.annotation();
        Optional<Uses> uses = sheet.uses();
        text(root, "rai:dataCollection", collection.flatMap(CollectionProcess::description));
        if (collection.isPresent() && !collection.get().methods().isEmpty()) {
            ArrayNode list = root.putArray("rai:dataCollectionType");
            collection.get().methods().forEach(list::add);
        }
        text(root, "rai:dataCollectionRawData", preprocessing.flatMap(Preprocessing::rawDataWhere));
        text(root, "rai:dataPreprocessingProtocol", preprocessing.flatMap(Preprocessing::steps));
        text(root, "rai:dataAnnotationProtocol", annotation.flatMap(Annotation::protocol));
        annotation.flatMap(Annotation::platform).ifPresent(p -> root.put("rai:dataAnnotationPlatform", p));
        text(root, "rai:dataUseCases", uses.flatMap(Uses::intended));
        text(root, "rai:dataLimitations", uses.flatMap(Uses::limitations));
        text(root, "rai:dataBiases", uses.flatMap(Uses::biases));
        text(root, "rai:dataSocialImpact", uses.flatMap(Uses::socialImpact));
        sheet.personalData().flatMap(PersonalData::deidentification)
                .ifPresent(d -> root.put("rai:dataManipulationProtocol", d.method()));
        text(root, "rai:dataReleaseMaintenancePlan", sheet.maintenance().updatePlan());
        Optional<DateRange> tf = collection.flatMap(CollectionProcess::timeframe);
        if (tf.isPresent() && tf.get().start().isPresent()) {
            ArrayNode period = root.putArray("rai:dataCollectionTimeframe");
            period.add(tf.get().start().get());
            tf.get().end().ifPresent(period::add);
        }
        sheet.personalData().ifPresent(pd -> root.put("rai:personalSensitiveInformation", sensitiveInformation(pd)));
    }

    private static String sensitiveInformation(PersonalData pd) {
        if (!pd.contains()) {
            return "No personal data";
        }
        return "Contains personal data" + (pd.types().isEmpty() ? "" : ": " + String.join(", ", pd.types()))
                + (pd.sensitive().orElse(false) ? " (sensitive)" : "");
    }

    private static void text(ObjectNode root, String key, Optional<LocalizedText> value) {
        value.ifPresent(v -> root.put(key, v.english()));
    }

    private void distribution(ExportInput in, ArrayNode out) {
        if (in.fixity().files().size() <= MAX_FILE_OBJECTS) {
            for (FileFixity f : in.fixity().files()) {
                ObjectNode o = out.addObject();
                o.put("@type", "cr:FileObject");
                o.put("@id", f.file().path());
                o.put("name", f.file().path());
                o.put("contentUrl", RoCrate.encode(f.file().path()));
                o.put("contentSize", f.file().size() + " B");
                o.put("encodingFormat", MediaTypes.of(f.file().path()));
                if (f.digests().containsKey(DigestAlgorithm.SHA256)) {
                    o.put("sha256", f.digest(DigestAlgorithm.SHA256));
                }
            }
            return;
        }
        Map<String, String[]> groups = new java.util.TreeMap<>();
        for (FileFixity f : in.fixity().files()) {
            String path = f.file().path();
            String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
            String ext = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : "";
            groups.putIfAbsent(folder + "|" + ext, new String[] {folder, ext, MediaTypes.of(path)});
        }
        for (String[] g : groups.values()) {
            ObjectNode set = out.addObject();
            set.put("@type", "cr:FileSet");
            String id = (g[0].isEmpty() ? "" : g[0] + "/") + "*" + (g[1].isEmpty() ? "" : "." + g[1]);
            set.put("@id", id);
            set.put("name", id);
            set.put("encodingFormat", g[2]);
            set.put("includes", id);
            set.put("description", "Checksums: manifest-sha256.txt of the bag.");
        }
    }

    /** The Croissant 1.1 JSON-LD context (spec, Appendix 1), fixed and tested. */
    private ObjectNode context() {
        ObjectNode c = mapper.createObjectNode();
        c.put("@language", "en");
        c.put("@vocab", "https://schema.org/");
        c.put("citeAs", "cr:citeAs");
        c.put("column", "cr:column");
        c.put("conformsTo", "dct:conformsTo");
        c.put("cr", "http://mlcommons.org/croissant/");
        c.put("rai", "http://mlcommons.org/croissant/RAI/");
        c.putObject("data").put("@id", "cr:data").put("@type", "@json");
        c.putObject("dataType").put("@id", "cr:dataType").put("@type", "@vocab");
        c.put("dct", "http://purl.org/dc/terms/");
        c.put("examples", "cr:examples");
        c.put("extract", "cr:extract");
        c.put("field", "cr:field");
        c.put("fileProperty", "cr:fileProperty");
        c.put("fileObject", "cr:fileObject");
        c.put("fileSet", "cr:fileSet");
        c.put("format", "cr:format");
        c.put("includes", "cr:includes");
        c.put("isLiveDataset", "cr:isLiveDataset");
        c.put("jsonPath", "cr:jsonPath");
        c.put("key", "cr:key");
        c.put("md5", "cr:md5");
        c.put("parentField", "cr:parentField");
        c.put("path", "cr:path");
        c.put("prov", "http://www.w3.org/ns/prov#");
        c.put("recordSet", "cr:recordSet");
        c.put("references", "cr:references");
        c.put("regex", "cr:regex");
        c.put("repeated", "cr:repeated");
        c.put("replace", "cr:replace");
        c.put("sc", "https://schema.org/");
        c.put("separator", "cr:separator");
        c.put("source", "cr:source");
        c.put("subField", "cr:subField");
        c.put("transform", "cr:transform");
        return c;
    }
}
