package org.datasetkit.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * croissant.json read the way its consumers read it: mlcroissant resolves a FileObject's {@code contentUrl} against
 * the folder of the Croissant file, without percent-decoding; a JSON-LD 1.1 processor (Titanium) expands it.
 */
class CroissantConsumersTest {

    @TempDir
    Path root;

    @TempDir
    Path out;

    private Path croissantFile;
    private JsonNode croissant;

    @BeforeEach
    void bundle() throws Exception {
        Path bag = ConsumerBundles.restrictedMedical(root, out);
        croissantFile = bag.resolve("data/metadata/croissant.json");
        croissant = JsonMapper.builder().build().readTree(Files.readString(croissantFile));
    }

    @Test
    void everyContentUrlResolvedFromTheCroissantFilesFolderIsTheFileWithItsChecksum() throws Exception {
        List<String> resolved = new ArrayList<>();
        for (JsonNode o : croissant.path("distribution")) {
            // mlcroissant: ctx.folder / contentUrl, the raw string, no decoding
            Path file = croissantFile.getParent().resolve(o.path("contentUrl").asString()).normalize();
            assertThat(file).as(o.path("contentUrl").asString()).isRegularFile();
            assertThat(o.path("contentSize").asString()).isEqualTo(Files.size(file) + " B");
            assertThat(o.path("sha256").asString()).isEqualTo(sha256(file));
            resolved.add(croissantFile.getParent().getParent().relativize(file).toString());
        }
        assertThat(resolved).containsAll(ConsumerBundles.AWKWARD).contains("data/labels.csv", "docs/README.md");
    }

    @Test
    void idsAreSafeAndUniqueWhateverTheFileNames() {
        Set<String> ids = new TreeSet<>();
        List<JsonNode> nodes = new ArrayList<>();
        croissant.path("distribution").forEach(nodes::add);
        for (JsonNode set : croissant.path("recordSet")) {
            nodes.add(set);
            set.path("field").forEach(nodes::add);
        }
        for (JsonNode n : nodes) {
            String id = n.path("@id").asString();
            assertThat(id).matches("[A-Za-z0-9_/-]+");
            assertThat(ids.add(id)).as("unique " + id).isTrue();
        }
    }

    @Test
    void declaresCroissant11WithRaiAndAUrlAndTheCollectionPeriodAsOneInterval() {
        assertThat(croissant.path("conformsTo").valueStream().map(JsonNode::asString))
                .containsExactly("http://mlcommons.org/croissant/1.1", "http://mlcommons.org/croissant/RAI/1.0");
        assertThat(croissant.path("url").asString()).isEqualTo("https://doi.org/10.5878/abcd-1234");
        assertThat(croissant.path("rai:dataCollectionTimeframe").asString()).isEqualTo("2008-01-01/2015-12-31");
        assertThat(croissant.path("temporalCoverage").asString()).isEqualTo("2008-01-01/2015-12-31");
        assertThat(croissant.at("/@context/examples/@type").asString()).isEqualTo("@json");
        assertThat(croissant.at("/@context/samplingRate").asString()).isEqualTo("cr:samplingRate");
    }

    @Test
    void restrictedDataReadsAsRestrictedWithItsUsageTerms() {
        assertThat(croissant.path("isAccessibleForFree").asBoolean(true)).isFalse();
        assertThat(croissant.path("conditionsOfAccess").asString()).contains("Approved researchers only");
        assertThat(croissant.path("usageInfo").valueStream().map(u -> u.path("url").asString()))
                .contains("http://purl.obolibrary.org/obo/DUO_0000007", "https://example.org/dua/2026-123");
    }

    @Test
    void sourcesCarryTheirIdentifierAndCheckedLicence() {
        JsonNode source = croissant.path("prov:wasDerivedFrom").get(0);
        assertThat(source.path("@id").asString()).isEqualTo("https://doi.org/10.7937/K9/TCIA.2016.7O02S9CY");
        assertThat(source.path("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/3.0/");
        assertThat(croissant.path("prov:wasGeneratedBy").get(0).path("prov:label").asString()).isEqualTo("deidentification");
    }

    @Test
    void theLabelTableIsARecordSetWithTypedFieldsTheLabelAndItsSplit() {
        JsonNode labels = croissant.path("recordSet").valueStream().filter(r -> r.path("@id").asString().equals("labels"))
                .findFirst().orElseThrow();
        Map<String, JsonNode> fields = new java.util.HashMap<>();
        labels.path("field").forEach(f -> fields.put(f.path("name").asString(), f));
        assertThat(fields).containsOnlyKeys("id", "label", "split", "age");
        assertThat(fields.get("label").path("dataType").valueStream().map(JsonNode::asString)).contains("cr:Label");
        assertThat(fields.get("age").path("dataType").asString()).isEqualTo("sc:Integer");
        assertThat(fields.get("split").at("/references/field/@id").asString()).isEqualTo("splits/name");
        String labelFile = fields.get("label").at("/source/fileObject/@id").asString();
        JsonNode file = croissant.path("distribution").valueStream().filter(d -> d.path("@id").asString().equals(labelFile))
                .findFirst().orElseThrow();
        assertThat(file.path("name").asString()).isEqualTo("data/labels.csv");
        JsonNode splits = croissant.path("recordSet").valueStream().filter(r -> r.path("@id").asString().equals("splits"))
                .findFirst().orElseThrow();
        assertThat(splits.path("dataType").asString()).isEqualTo("cr:Split");
        assertThat(splits.path("data").valueStream().map(d -> d.path("splits/url").asString()))
                .containsExactly("cr:TrainingSplit", "cr:TestSplit");
    }

    @Test
    void aJsonLdProcessorExpandsEveryTermIntoTheVocabulariesCroissantUses() throws Exception {
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(Files.readString(croissantFile)))).get();

        Set<String> iris = new TreeSet<>();
        int properties = properties(expanded, iris);
        assertThat(properties).as("every property of the document survives expansion").isEqualTo(count(croissant, false));
        assertThat(iris).allSatisfy(iri -> assertThat(iri).matches(
                "(https://schema\\.org/|http://mlcommons\\.org/croissant/|http://purl\\.org/dc/terms/|http://www\\.w3\\.org/ns/prov#).+"));
        assertThat(iris).contains("http://mlcommons.org/croissant/RAI/dataCollectionTimeframe", "https://schema.org/conditionsOfAccess",
                "http://purl.org/dc/terms/conformsTo", "http://mlcommons.org/croissant/recordSet", "http://www.w3.org/ns/prov#wasDerivedFrom");
    }

    /** Properties in the compact document: every key but keywords, not inside @json values (data, examples). */
    private static int count(JsonNode node, boolean insideJson) {
        int n = 0;
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().equals("@context")) {
                    continue;
                }
                boolean json = e.getKey().equals("data") || e.getKey().equals("examples");
                n += e.getKey().startsWith("@") ? 0 : 1;
                n += json ? 0 : count(e.getValue(), false);
            }
        } else if (node.isArray()) {
            for (JsonNode v : node) {
                n += count(v, insideJson);
            }
        }
        return n;
    }

    /** Properties in the expanded document (node objects only; value objects hold literals). */
    private static int properties(JsonValue value, Set<String> iris) {
        int n = 0;
        if (value instanceof JsonArray array) {
            for (JsonValue v : array) {
                n += properties(v, iris);
            }
        } else if (value instanceof JsonObject object && !object.containsKey("@value")) {
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                if (!e.getKey().startsWith("@")) {
                    n++;
                    iris.add(e.getKey());
                    n += properties(e.getValue(), iris);
                }
            }
        }
        return n;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
