package org.datasetkit.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.datasetkit.consumers.ConsumerBundles.Fixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ro-crate-metadata.json expanded by a JSON-LD 1.1 processor (Titanium) with no term dropped. The RO-Crate 1.2
 * context is not available offline (no jar in the local repository and nothing in shared/reference holds it), so the
 * test builds it as the 1.2 specification describes it from 1.1: the RO-Crate 1.1 context that ro-crate-java bundles,
 * with the changes the 1.2 changelog lists for the context that a dataset crate can meet — the schema.org 22.0 terms
 * (of those this project writes, {@code sha256}), {@code localPath}, and {@code funding} as schema.org's own. A term
 * the crate used beyond them would be dropped and fail the test.
 */
class RoCrateJsonLdConsumersTest {

    private static final String CONTEXT_1_2 = "https://w3id.org/ro/crate/1.2/context";

    @TempDir
    Path root;

    @TempDir
    Path out;

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void aJsonLdProcessorExpandsEveryTermIntoSchemaOrgDublinCoreOrIana(Fixture fixture) throws Exception {
        String text = Files.readString(fixture.bag(root, out).resolve("data/ro-crate-metadata.json"));
        JsonDocument context = context12();
        DocumentLoader offline = (url, options) -> {
            assertThat(url.toString()).isEqualTo(CONTEXT_1_2);
            return context;
        };

        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(text))).options(new JsonLdOptions(offline)).get();

        Set<String> iris = new TreeSet<>();
        long expandedProperties = JsonLdTerms.expanded(expanded, iris);
        long compactProperties = JsonLdTerms.compact(JsonDocument.of(new StringReader(text)).getJsonContent().orElseThrow(),
                Set.of());
        assertThat(expandedProperties).as("no term dropped").isEqualTo(compactProperties);
        assertThat(iris).allSatisfy(iri -> assertThat(iri).matches(
                "(http://schema\\.org/|http://purl\\.org/dc/terms/|https://www\\.w3\\.org/ns/iana/link-relations/relation#).+"));
        assertThat(iris).contains("http://schema.org/sha256", "http://schema.org/conditionsOfAccess",
                "http://schema.org/isAccessibleForFree", "http://schema.org/hasPart", "http://purl.org/dc/terms/conformsTo");
    }

    /** The 1.2 context: ro-crate-java's 1.1 context with the 1.2 changelog's changes to it. */
    private static JsonDocument context12() throws Exception {
        JsonObject v11;
        try (InputStream in = RoCrateJsonLdConsumersTest.class.getResourceAsStream("/default_context/version1.1.json")) {
            v11 = Json.createReader(in).readObject();
        }
        JsonObjectBuilder terms = Json.createObjectBuilder(v11.getJsonObject("@context"));
        for (Map.Entry<String, String> added : Map.of("sha256", "http://schema.org/sha256",
                "localPath", "https://w3id.org/ro/terms#localPath", "funding", "http://schema.org/funding").entrySet()) {
            terms.add(added.getKey(), added.getValue());
        }
        return JsonDocument.of(Json.createObjectBuilder().add("@context", terms).build());
    }
}
