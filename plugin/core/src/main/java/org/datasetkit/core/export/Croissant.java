package org.datasetkit.core.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FileFixity;
import tools.jackson.databind.JsonNode;
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
        JsonNode t = sheet.parsed().tree();
        ObjectNode root = mapper.createObjectNode();
        root.set("@context", context());
        root.put("@type", "sc:Dataset");
        root.put("conformsTo", "http://mlcommons.org/croissant/1.1");
        root.put("name", sheet.title());
        root.put("description", sheet.description());
        root.put("version", sheet.version());
        root.put("datePublished", sheet.datePublished().orElse(in.released().toString().substring(0, 10)));
        sheet.doi().ifPresent(doi -> {
            root.put("url", "https://doi.org/" + doi);
            root.put("sameAs", "https://doi.org/" + doi);
        });
        if (!sheet.doi().isPresent() && t.has("landingPage")) {
            root.put("url", t.path("landingPage").asString());
        }
        root.put("license", LicenseLabel.of(sheet.licenseExpression(), in.licences()).url());
        if (t.has("citeAs")) {
            root.put("citeAs", t.path("citeAs").asString());
        }
        ArrayNode keywords = root.putArray("keywords");
        t.path("keywords").forEach(k -> keywords.add(k.asString()));
        ArrayNode creators = root.putArray("creator");
        for (JsonNode c : t.path("creators")) {
            ObjectNode p = creators.addObject();
            p.put("@type", "Organization".equals(c.path("type").asString("")) ? "sc:Organization" : "sc:Person");
            p.put("name", c.path("name").asString());
            if (c.has("orcid")) {
                p.put("url", "https://orcid.org/" + c.path("orcid").asString());
            }
        }
        root.putObject("publisher").put("@type", "sc:Organization").put("name", sheet.publisher());
        rai(t, root);
        ArrayNode derived = root.putArray("prov:wasDerivedFrom");
        for (JsonNode s : t.at("/provenance/sources")) {
            ObjectNode src = derived.addObject();
            src.put("@type", "sc:Dataset");
            src.put("name", s.path("title").asString());
            if (s.has("identifier")) {
                src.put("url", s.path("identifier").asString());
            }
            src.put("license", s.path("license").asString());
        }
        distribution(in, root.putArray("distribution"));
        return mapper.writeValueAsString(root) + "\n";
    }

    private void rai(JsonNode t, ObjectNode root) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("rai:dataCollection", t.at("/collection/description"));
        fields.put("rai:dataCollectionType", t.at("/collection/methods"));
        fields.put("rai:dataCollectionRawData", t.at("/preprocessing/rawDataWhere"));
        fields.put("rai:dataPreprocessingProtocol", t.at("/preprocessing/steps"));
        fields.put("rai:dataAnnotationProtocol", t.at("/annotation/protocol"));
        fields.put("rai:dataAnnotationPlatform", t.at("/annotation/platform"));
        fields.put("rai:dataUseCases", t.at("/uses/intended"));
        fields.put("rai:dataLimitations", t.at("/uses/limitations"));
        fields.put("rai:dataBiases", t.at("/uses/biases"));
        fields.put("rai:dataSocialImpact", t.at("/uses/socialImpact"));
        fields.put("rai:dataManipulationProtocol", t.at("/personalData/deidentification/method"));
        fields.put("rai:dataReleaseMaintenancePlan", t.at("/maintenance/updatePlan"));
        fields.forEach((key, value) -> {
            if (value.isArray()) {
                ArrayNode list = root.putArray(key);
                value.forEach(v -> list.add(Datasheet.textOf(v)));
            } else if (!value.isMissingNode()) {
                root.put(key, Datasheet.textOf(value));
            }
        });
        JsonNode tf = t.at("/collection/timeframe");
        if (tf.has("start")) {
            ArrayNode period = root.putArray("rai:dataCollectionTimeframe");
            period.add(tf.path("start").asString());
            if (tf.has("end")) {
                period.add(tf.path("end").asString());
            }
        }
        JsonNode pd = t.path("personalData");
        if (pd.has("contains")) {
            root.put("rai:personalSensitiveInformation", pd.path("contains").asBoolean()
                    ? "Contains personal data" + (pd.path("types").isEmpty() ? "" : ": " + String.join(", ",
                            pd.path("types").valueStream().map(JsonNode::asString).toList()))
                            + (pd.path("sensitive").asBoolean(false) ? " (sensitive)" : "")
                    : "No personal data");
        }
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
