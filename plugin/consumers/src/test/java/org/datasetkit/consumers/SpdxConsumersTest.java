package org.datasetkit.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.JsonArray;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.datasetkit.consumers.ConsumerBundles.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v3_0_1.core.Element;
import org.spdx.library.model.v3_0_1.core.PresenceType;
import org.spdx.library.model.v3_0_1.core.Relationship;
import org.spdx.library.model.v3_0_1.core.RelationshipType;
import org.spdx.library.model.v3_0_1.core.SpdxDocument;
import org.spdx.library.model.v3_0_1.dataset.ConfidentialityLevelType;
import org.spdx.library.model.v3_0_1.dataset.DatasetPackage;
import org.spdx.library.model.v3_0_1.simplelicensing.LicenseExpression;
import org.spdx.storage.simple.InMemSpdxStore;
import org.spdx.v3jsonldstore.JsonLDStore;

/**
 * dataset.spdx.json read by SPDX's own tools: it is valid against the official SPDX 3.0.1 JSON schema, SPDX's Java
 * library reads it (spdx-v3jsonld-store) into the 3.0.1 model with nothing for its verifier to report, and a JSON-LD
 * processor expands every term with the official 3.0.1 context (both shipped in the store's jar: nothing is fetched).
 */
class SpdxConsumersTest {

    /** The official 3.0.1 schema and context, as spdx-v3jsonld-store ships them. */
    private static final String SCHEMA = "/resources/schema-v3.0.1.json";
    private static final String CONTEXT = "/resources/spdx-context-v3.0.1.jsonld";

    @TempDir
    Path root;

    @TempDir
    Path out;

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void isValidAgainstTheOfficialSpdx301JsonSchema(Fixture fixture) throws Exception {
        String document = Files.readString(fixture.bag(root, out).resolve("data/metadata/dataset.spdx.json"));
        JsonSchema schema;
        try (InputStream in = SpdxConsumersTest.class.getResourceAsStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        Set<ValidationMessage> problems = schema.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(document));

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void spdxsJavaLibraryReadsItAndItsVerifierFindsNothing(Fixture fixture) throws Exception {
        SpdxDocument document = read(fixture.bag(root, out));

        assertThat(document.verify()).isEmpty();
        DatasetPackage dataset = dataset(document);
        assertThat(dataset.verify()).isEmpty();
        assertThat(dataset.getDatasetTypes()).isNotEmpty();
        List<String> files = new java.util.ArrayList<>();
        for (Element file : targets(document, dataset, RelationshipType.CONTAINS)) {
            files.add(file.getName().orElseThrow());
        }
        assertThat(files).contains("datasheet.yaml");
        if (fixture == Fixture.AWKWARD_NAMES) {
            assertThat(files).containsAll(ConsumerBundles.AWKWARD);
        }
    }

    @Test
    void theRestrictedMedicalDatasetReadsAsRestrictedSensitiveDerivedAndLicensed() throws Exception {
        SpdxDocument document = read(Fixture.RESTRICTED_MEDICAL_SND.bag(root, out));
        DatasetPackage dataset = dataset(document);

        assertThat(dataset.getHasSensitivePersonalInformation()).contains(PresenceType.YES);
        assertThat(dataset.getConfidentialityLevel()).contains(ConfidentialityLevelType.RED);
        assertThat(dataset.getAnonymizationMethodUseds()).containsExactly(
                "DICOM PS3.15 Basic Application Level Confidentiality Profile (anonymizer 1.0)");
        assertThat(dataset.getIntendedUse()).contains("Research on screening. Out of scope: Not for clinical decision-making.");
        assertThat(dataset.getDataCollectionProcess()).contains("Methods: Secondary data analysis. Collected 2008-01-01/2015-12-31.");
        assertThat(dataset.getDatasetSize()).isPresent();
        assertThat(targets(document, dataset, RelationshipType.HAS_DECLARED_LICENSE)).singleElement()
                .satisfies(l -> assertThat(((LicenseExpression) l).getLicenseExpression()).isEqualTo("CC-BY-NC-4.0"));
        assertThat(targets(document, dataset, RelationshipType.HAS_CONCLUDED_LICENSE)).hasSize(1);
        Element source = targets(document, dataset, RelationshipType.DESCENDANT_OF).get(0);
        assertThat(source.getName()).contains("CBIS-DDSM");
        assertThat(((LicenseExpression) targets(document, source, RelationshipType.HAS_DECLARED_LICENSE).get(0))
                .getLicenseExpression()).isEqualTo("CC-BY-3.0");
    }

    @Test
    void theOpenDemoHasNoSensitivePersonalInformation() throws Exception {
        DatasetPackage dataset = dataset(read(Fixture.DEMO.bag(root, out)));

        assertThat(dataset.getHasSensitivePersonalInformation()).contains(PresenceType.NO);
        assertThat(dataset.getConfidentialityLevel()).contains(ConfidentialityLevelType.CLEAR);
        assertThat(dataset.getAnonymizationMethodUseds()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void aJsonLdProcessorExpandsEveryTermIntoTheSpdx301Vocabulary(Fixture fixture) throws Exception {
        String text = Files.readString(fixture.bag(root, out).resolve("data/metadata/dataset.spdx.json"));
        JsonDocument context;
        try (InputStream in = SpdxConsumersTest.class.getResourceAsStream(CONTEXT)) {
            context = JsonDocument.of(in);
        }
        DocumentLoader offline = (url, options) -> {
            assertThat(url.toString()).isEqualTo("https://spdx.org/rdf/3.0.1/spdx-context.jsonld");
            return context;
        };
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(text))).options(new JsonLdOptions(offline)).get();

        Set<String> iris = new TreeSet<>();
        long expandedProperties = JsonLdTerms.expanded(expanded, iris);
        assertThat(iris).isNotEmpty().allSatisfy(iri -> assertThat(iri).startsWith("https://spdx.org/rdf/3.0.1/terms/"));
        assertThat(iris).contains("https://spdx.org/rdf/3.0.1/terms/Dataset/hasSensitivePersonalInformation",
                "https://spdx.org/rdf/3.0.1/terms/Core/verifiedUsing", "https://spdx.org/rdf/3.0.1/terms/Core/relationshipType");
        long compactProperties = JsonLdTerms.compact(JsonDocument.of(new StringReader(text)).getJsonContent().orElseThrow(),
                Set.of("type", "spdxId"));
        assertThat(expandedProperties).as("no term dropped").isEqualTo(compactProperties);
    }

    private static SpdxDocument read(Path bag) throws Exception {
        SpdxModelFactory.init();
        try (InputStream in = Files.newInputStream(bag.resolve("data/metadata/dataset.spdx.json"))) {
            return new JsonLDStore(new InMemSpdxStore()).deSerialize(in, false);
        }
    }

    private static DatasetPackage dataset(SpdxDocument document) {
        return document.getRootElements().stream().filter(DatasetPackage.class::isInstance).map(DatasetPackage.class::cast)
                .findFirst().orElseThrow();
    }

    /** The targets of the relationships of this type from this element, as SPDX's model links them. */
    private static List<Element> targets(SpdxDocument document, Element from, RelationshipType type) throws Exception {
        List<Element> out = new java.util.ArrayList<>();
        for (Element e : document.getElements()) {
            if (e instanceof Relationship r && r.getRelationshipType() == type
                    && r.getFrom().getObjectUri().equals(from.getObjectUri())) {
                out.addAll(r.getTos());
            }
        }
        return out;
    }
}
