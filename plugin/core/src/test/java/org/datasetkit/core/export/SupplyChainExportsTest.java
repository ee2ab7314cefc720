package org.datasetkit.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.DatasheetSchema;
import org.datasetkit.core.datasheet.DatasheetValidator;
import org.datasetkit.core.datasheet.ValidationRequest;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.license.LicenseChecker;
import org.datasetkit.core.license.LicenseRegistry;
import org.datasetkit.core.license.SpdxLicenseList;
import org.datasetkit.core.support.Bags;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SPDX 3.0.1 dataset document and the CycloneDX 1.6 dataset BOM of a restricted medical dataset and of an open
 * one: what each says about licence, provenance, personal data and files, and that the same inputs give the same
 * bytes. The consumer libraries' own checks are in plugin/consumers.
 */
class SupplyChainExportsTest {

    @TempDir
    Path root;

    private final JsonMapper json = JsonMapper.builder().build();

    private ExportInput input(String datasheetResource, String... edits) throws Exception {
        String sheet = new String(SupplyChainExportsTest.class.getResourceAsStream(datasheetResource).readAllBytes(),
                StandardCharsets.UTF_8);
        for (int i = 0; i < edits.length; i += 2) {
            sheet = sheet.replace(edits[i], edits[i + 1]);
        }
        Datasets.write(root, "datasheet.yaml", sheet);
        Datasets.write(root, "docs/README.md", "# About\n");
        Datasets.write(root, "data/labels.csv", "id,label\n1,benign\n");
        Datasets.write(root, "data/images/case 1.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Datasheet datasheet = new DatasheetValidator(new DatasheetSchema())
                .validate(new ValidationRequest(root, Optional.empty(), Optional.empty())).datasheet().orElseThrow();
        return new ExportInput(datasheet, Bags.fixity(root, DigestAlgorithm.SHA256, DigestAlgorithm.SHA512),
                new LicenseChecker(new SpdxLicenseList(), LicenseRegistry.builtIn()).check(datasheet, root),
                Instant.parse("2026-05-01T12:30:00Z"));
    }

    @Test
    void theSpdxDatasetPackageCarriesLicenceProvenancePersonalDataAndSize() throws Exception {
        ExportInput in = input("/datasheets/medical.yaml");
        JsonNode doc = json.readTree(new SpdxDataset().write(in));
        Map<String, JsonNode> byId = elements(doc);
        JsonNode dataset = byType(doc, "dataset_DatasetPackage");

        assertThat(doc.path("@context").asString()).isEqualTo("https://spdx.org/rdf/3.0.1/spdx-context.jsonld");
        assertThat(dataset.path("software_primaryPurpose").asString()).isEqualTo("data");
        assertThat(dataset.path("dataset_hasSensitivePersonalInformation").asString()).isEqualTo("yes");
        assertThat(dataset.path("dataset_confidentialityLevel").asString()).isEqualTo("red");
        assertThat(dataset.path("dataset_datasetAvailability").asString()).isEqualTo("registration");
        assertThat(dataset.path("dataset_anonymizationMethodUsed").get(0).asString())
                .isEqualTo("DICOM PS3.15 Basic Application Level Confidentiality Profile (anonymizer 1.0)");
        assertThat(dataset.path("dataset_datasetSize").asLong()).as("the dataset's files, the datasheet among them")
                .isEqualTo(Files.size(root.resolve("datasheet.yaml")) + 8 + 18 + 4);
        assertThat(dataset.path("dataset_intendedUse").asString()).isEqualTo(
                "Research on screening. Out of scope: Not for clinical decision-making.");
        assertThat(dataset.path("dataset_dataCollectionProcess").asString())
                .isEqualTo("Methods: Secondary data analysis. Collected 2008-01-01/2015-12-31.");
        assertThat(dataset.path("dataset_datasetType").valueStream().map(JsonNode::asString)).containsExactly("image");
        assertThat(dataset.path("builtTime").asString()).isEqualTo("2026-05-01T12:30:00Z");
        assertThat(dataset.path("releaseTime").asString()).isEqualTo("2026-05-01T00:00:00Z");
        assertThat(dataset.path("software_downloadLocation").asString()).isEqualTo("https://doi.org/10.5878/abcd-1234");

        String id = dataset.path("spdxId").asString();
        assertThat(targets(doc, id, "hasDeclaredLicense")).singleElement().satisfies(l -> assertThat(byId.get(l)
                .path("simplelicensing_licenseExpression").asString()).isEqualTo("CC-BY-NC-4.0"));
        assertThat(targets(doc, id, "hasConcludedLicense")).isEqualTo(targets(doc, id, "hasDeclaredLicense"));
        JsonNode source = byId.get(targets(doc, id, "descendantOf").get(0));
        assertThat(source.path("name").asString()).isEqualTo("CBIS-DDSM");
        assertThat(source.path("externalIdentifier").get(0).path("identifier").asString()).isEqualTo("10.7937/K9/TCIA.2016.7O02S9CY");
        assertThat(byId.get(targets(doc, source.path("spdxId").asString(), "hasDeclaredLicense").get(0))
                .path("simplelicensing_licenseExpression").asString()).isEqualTo("CC-BY-3.0");
        List<String> files = targets(doc, id, "contains");
        assertThat(files).extracting(f -> byId.get(f).path("name").asString())
                .containsExactly("data/images/case 1.png", "data/labels.csv", "datasheet.yaml", "docs/README.md");
        assertThat(byId.get(files.get(0)).path("verifiedUsing")).extracting(h -> h.path("algorithm").asString())
                .containsExactly("sha256", "sha512");
    }

    @Test
    void everySpdxReferenceIsAnElementOfTheDocumentInOneContentDerivedNamespace() throws Exception {
        JsonNode doc = json.readTree(new SpdxDataset().write(input("/datasheets/medical.yaml")));
        Map<String, JsonNode> byId = elements(doc);
        JsonNode document = byType(doc, "SpdxDocument");
        Set<String> listed = new HashSet<>();
        document.path("element").forEach(e -> listed.add(e.asString()));

        assertThat(byId.keySet()).allSatisfy(id -> assertThat(id).matches("urn:uuid:[0-9a-f-]{36}#[a-z0-9-]+[A-Za-z]*"));
        assertThat(listed).as("every element but the document itself is listed").isEqualTo(
                byId.keySet().stream().filter(id -> !id.equals(document.path("spdxId").asString())).collect(java.util.stream.Collectors.toSet()));
        for (JsonNode e : doc.path("@graph")) {
            assertThat(e.path("creationInfo").asString("_:creationinfo")).isEqualTo("_:creationinfo");
            if (e.path("type").asString().equals("Relationship")) {
                assertThat(byId).containsKey(e.path("from").asString());
                e.path("to").forEach(t -> assertThat(byId).containsKey(t.asString()));
            }
        }
        assertThat(byType(doc, "CreationInfo").path("createdBy")).allSatisfy(a -> assertThat(byId).containsKey(a.asString()));
    }

    @Test
    void anOpenDatasetWithoutPersonalDataSaysSo() throws Exception {
        ExportInput in = input("/datasheets/medical.yaml", "access: {level: restricted}", "access: {level: open}",
                "contains: true", "contains: false");
        JsonNode spdx = byType(json.readTree(new SpdxDataset().write(in)), "dataset_DatasetPackage");
        JsonNode bom = json.readTree(new CycloneDxBom().write(in)).path("metadata").path("component");

        assertThat(spdx.path("dataset_hasSensitivePersonalInformation").asString()).isEqualTo("no");
        assertThat(spdx.path("dataset_confidentialityLevel").asString()).isEqualTo("clear");
        assertThat(spdx.path("dataset_datasetAvailability").asString()).isEqualTo("directDownload");
        assertThat(bom.at("/data/0/sensitiveData").isMissingNode()).isTrue();
        assertThat(bom.at("/data/0/classification").asString()).isEqualTo("open access, no personal data");
    }

    @Test
    void theCycloneDxDataComponentCarriesGovernanceSensitiveDataLicenceAndPedigree() throws Exception {
        JsonNode bom = json.readTree(new CycloneDxBom().write(input("/datasheets/medical.yaml")));
        JsonNode c = bom.path("metadata").path("component");

        assertThat(bom.path("specVersion").asString()).isEqualTo("1.6");
        assertThat(bom.path("serialNumber").asString()).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(bom.at("/metadata/timestamp").asString()).isEqualTo("2026-05-01T12:30:00Z");
        assertThat(c.path("type").asString()).isEqualTo("data");
        assertThat(c.at("/licenses/0/license/id").asString()).isEqualTo("CC-BY-NC-4.0");
        assertThat(c.at("/data/0/type").asString()).isEqualTo("dataset");
        assertThat(c.at("/data/0/classification").asString()).isEqualTo("restricted access, sensitive personal data");
        assertThat(c.at("/data/0/sensitiveData/0").asString())
                .isEqualTo("health data (de-identified: DICOM PS3.15 Basic Application Level Confidentiality Profile)");
        assertThat(c.at("/data/0/governance/owners/0/organization/name").asString()).isEqualTo("Swedish National Data Service");
        assertThat(c.at("/data/0/governance/custodians/0/organization/name").asString()).isEqualTo("Swedish National Data Service");
        assertThat(c.at("/data/0/governance/stewards/0/contact/email").asString()).isEqualTo("data@example.org");
        JsonNode ancestor = c.at("/pedigree/ancestors/0");
        assertThat(ancestor.path("name").asString()).isEqualTo("CBIS-DDSM");
        assertThat(ancestor.at("/licenses/0/license/id").asString()).isEqualTo("CC-BY-3.0");
        assertThat(ancestor.at("/externalReferences/0/url").asString()).isEqualTo("https://doi.org/10.7937/K9/TCIA.2016.7O02S9CY");
        assertThat(bom.path("components")).extracting(f -> f.path("name").asString())
                .containsExactly("data/images/case 1.png", "data/labels.csv", "datasheet.yaml", "docs/README.md");
        assertThat(bom.at("/components/1/hashes")).extracting(h -> h.path("alg").asString()).containsExactly("SHA-256", "SHA-512");
    }

    @Test
    void theSameInputsGiveTheSameBytesAndAChangedFileANewIdentity() throws Exception {
        ExportInput in = input("/datasheets/medical.yaml");
        String spdx = new SpdxDataset().write(in);
        String bom = new CycloneDxBom().write(in);
        assertThat(new SpdxDataset().write(in)).isEqualTo(spdx);
        assertThat(new CycloneDxBom().write(in)).isEqualTo(bom);
        assertThat(spdx).doesNotContain(ContentUuid.PLACEHOLDER);

        Datasets.write(root, "data/labels.csv", "id,label\n1,malignant\n");
        ExportInput changed = new ExportInput(in.datasheet(), Bags.fixity(root, DigestAlgorithm.SHA256, DigestAlgorithm.SHA512),
                in.licences(), in.released());
        assertThat(serial(new CycloneDxBom().write(changed))).isNotEqualTo(serial(bom));
        assertThat(byType(json.readTree(new SpdxDataset().write(changed)), "SpdxDocument").path("spdxId").asString())
                .isNotEqualTo(byType(json.readTree(spdx), "SpdxDocument").path("spdxId").asString());
    }

    @Test
    void eachCanBeTurnedOff() throws Exception {
        ExportInput in = input("/datasheets/medical.yaml");
        ExportInput off = new ExportInput(in.datasheet(), in.fixity(), in.licences(), in.released(),
                new ExportVersions(null, null, false, false));

        assertThat(new MetadataExports().generate(in, List.of())).extracting(f -> f.name())
                .contains(SpdxDataset.PATH, CycloneDxBom.PATH);
        assertThat(new MetadataExports().generate(off, List.of())).extracting(f -> f.name())
                .doesNotContain(SpdxDataset.PATH, CycloneDxBom.PATH);
    }

    private String serial(String bom) {
        return json.readTree(bom).path("serialNumber").asString();
    }

    private static Map<String, JsonNode> elements(JsonNode doc) {
        Map<String, JsonNode> byId = new TreeMap<>();
        doc.path("@graph").forEach(e -> {
            if (e.has("spdxId")) {
                assertThat(byId.put(e.path("spdxId").asString(), e)).as("unique " + e.path("spdxId")).isNull();
            }
        });
        return byId;
    }

    private static JsonNode byType(JsonNode doc, String type) {
        return doc.path("@graph").valueStream().filter(e -> e.path("type").asString().equals(type)).findFirst().orElseThrow();
    }

    /** The targets of the relationship of this type from this element. */
    private static List<String> targets(JsonNode doc, String from, String type) {
        return doc.path("@graph").valueStream().filter(e -> e.path("type").asString().equals("Relationship")
                && e.path("from").asString().equals(from) && e.path("relationshipType").asString().equals(type))
                .flatMap(e -> e.path("to").valueStream()).map(JsonNode::asString).toList();
    }
}
