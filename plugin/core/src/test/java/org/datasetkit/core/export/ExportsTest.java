package org.datasetkit.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.DatasheetSchema;
import org.datasetkit.core.datasheet.DatasheetValidator;
import org.datasetkit.core.datasheet.ValidationRequest;
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
 * The metadata generated from one datasheet, compared with golden files (rewrite them with
 * {@code -Dgolden.update=true} after a deliberate change, and review the diff), and checked against the standards.
 */
class ExportsTest {

    @TempDir
    Path root;

    private ExportInput input;

    @BeforeEach
    void dataset() throws Exception {
        String sheet = new String(ExportsTest.class.getResourceAsStream("/datasheets/medical.yaml").readAllBytes(),
                StandardCharsets.UTF_8);
        Datasets.write(root, "datasheet.yaml", sheet);
        Datasets.write(root, "docs/README.md", "# About\n");
        Datasets.write(root, "data/labels.csv", "id,label\n1,benign\n");
        Datasets.write(root, "data/images/case 1.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Datasheet datasheet = new DatasheetValidator(new DatasheetSchema())
                .validate(new ValidationRequest(root, Optional.empty(), Optional.empty())).datasheet().orElseThrow();
        input = new ExportInput(datasheet, Bags.fixity(root, org.datasetkit.core.fixity.DigestAlgorithm.SHA256),
                new LicenseChecker(new SpdxLicenseList(), LicenseRegistry.builtIn()).check(datasheet, root),
                Instant.parse("2026-05-01T00:00:00Z"));
    }

    /**
     * The bundle streams its RO-Crate (a tree of a million files would not fit): the same bytes as the tree the
     * in-memory route makes, with and without the link to a previous version, whether the datasheet has sources
     * (isBasedOn extended where it is) or none (isBasedOn added after hasPart, where a tree appends it).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"with sources", "without sources"})
    void theStreamedRoCrateIsTheTreesBytes(String sources) throws Exception {
        ExportInput in = input;
        if (sources.equals("without sources")) {
            Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET);
            Datasheet minimal = new DatasheetValidator(new DatasheetSchema())
                    .validate(new ValidationRequest(root, Optional.empty(), Optional.empty())).datasheet().orElseThrow();
            in = new ExportInput(minimal, input.fixity(), input.licences(), input.released());
        }
        for (Optional<String> previous : List.of(Optional.<String>empty(), Optional.of("10.5878/abcd-1233"))) {
            List<org.datasetkit.core.bag.TagFile> all = new MetadataExports().generate(in, List.of(), previous, Optional.of("1.0.0"));
            java.io.ByteArrayOutputStream streamed = new java.io.ByteArrayOutputStream();

            new RoCrate().write(in, all.subList(1, all.size()), streamed, previous, Optional.of("1.0.0"));

            assertThat(all.get(0).name()).isEqualTo(RoCrate.FILE_NAME);
            assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(new String(all.get(0).content(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void dataCiteXmlIsValidAgainstTheOfficialKernel46Schema() throws Exception {
        String xml = new DataCiteXml().write(input).orElseThrow();

        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        var schema = factory.newSchema(Path.of(ExportsTest.class.getResource("/datacite-kernel-4.6/metadata.xsd").toURI()).toFile());
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));

        assertThat(xml).contains("<identifier identifierType=\"DOI\">10.5878/abcd-1234</identifier>",
                "rightsIdentifier=\"CC-BY-NC-4.0\"", "rightsURI=\"https://creativecommons.org/licenses/by-nc/4.0/\"",
                "rightsIdentifierScheme=\"SPDX\"", ">Creative Commons Attribution Non Commercial 4.0 International</rights>",
                "relationType=\"IsDerivedFrom\"");
        golden("datacite.xml", xml);
    }

    @Test
    void noDoiMeansNoDataCiteRecord() throws Exception {
        Datasheet withoutDoi = org.datasetkit.core.datasheet.TypedDatasheetReader.read(new org.datasetkit.core.datasheet.StrictDatasheetReader().read(
                Datasets.write(root, "other.yaml", Files.readString(root.resolve("datasheet.yaml"))
                        .replace("identifiers: {doi: \"10.5878/abcd-1234\"}\n", "")), "other.yaml"));

        assertThat(new DataCiteXml().write(new ExportInput(withoutDoi, input.fixity(), input.licences(), input.released())))
                .isEmpty();
    }

    @Test
    void roCrateListsEveryPayloadFileWithSizeTypeAndChecksum() throws Exception {
        String json = new RoCrate().write(input, List.of(new org.datasetkit.core.bag.TagFile("DATASHEET.md",
                "# x\n".getBytes(StandardCharsets.UTF_8))));

        JsonNode crate = JsonMapper.builder().build().readTree(json);
        assertThat(crate.path("@context").asString()).isEqualTo("https://w3id.org/ro/crate/1.2/context");
        JsonNode graph = crate.path("@graph");
        assertThat(graph.get(0).at("/conformsTo/@id").asString()).isEqualTo("https://w3id.org/ro/crate/1.2");
        JsonNode png = graph.valueStream().filter(n -> n.path("@id").asString().equals("data/images/case%201.png"))
                .findFirst().orElseThrow();
        assertThat(png.path("contentSize").asString()).isEqualTo("4");
        assertThat(png.path("encodingFormat").asString()).isEqualTo("image/png");
        assertThat(png.path("sha256").asString()).hasSize(64);
        assertThat(graph.get(1).path("hasPart").valueStream().map(p -> p.path("@id").asString()))
                .contains("DATASHEET.md", "data/", "datasheet.yaml", "docs/", "data/images/", "data/images/case%201.png");
        golden("ro-crate-metadata.json", json);
    }

    @Test
    void croissantCarriesTheRaiFieldsAndFileChecksumsUnderAFixedContext() throws Exception {
        String json = new Croissant().write(input);

        JsonNode c = JsonMapper.builder().build().readTree(json);
        assertThat(c.path("conformsTo").get(0).asString()).isEqualTo("http://mlcommons.org/croissant/1.1");
        assertThat(c.at("/@context/rai").asString()).isEqualTo("http://mlcommons.org/croissant/RAI/");
        assertThat(c.at("/@context/@vocab").asString()).isEqualTo("https://schema.org/");
        assertThat(c.path("rai:dataBiases").asString()).isEqualTo("Screening population only.");
        assertThat(c.path("rai:personalSensitiveInformation").asString()).contains("health data", "sensitive");
        assertThat(c.path("distribution")).allSatisfy(d -> assertThat(d.path("sha256").asString()).hasSize(64));
        assertThat(c.path("prov:wasDerivedFrom").get(0).path("name").asString()).isEqualTo("CBIS-DDSM");
        golden("croissant.json", json);
    }

    @Test
    void theDatasheetReadsAsDatasheetsForDatasets() throws Exception {
        String md = new DatasheetMarkdown().write(input);

        assertThat(md).contains("# Screening mammography subset", "## Motivation", "## Composition", "## Collection process",
                "## Preprocessing, cleaning and labelling", "## Uses", "## Distribution", "## Maintenance",
                "**Out of scope:** Not for clinical decision-making.", "- DOI: https://doi.org/10.5878/abcd-1234");
        golden("DATASHEET.md", md);
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        List<String> first = new MetadataExports().generate(input, List.of()).stream()
                .map(f -> new String(f.content(), StandardCharsets.UTF_8)).toList();
        List<String> second = new MetadataExports().generate(input, List.of()).stream()
                .map(f -> new String(f.content(), StandardCharsets.UTF_8)).toList();

        assertThat(first).isEqualTo(second);
        assertThat(new MetadataExports().generate(input, List.of())).extracting(f -> f.name()).containsExactly(
                "ro-crate-metadata.json", "DATASHEET.md", "metadata/datacite.xml", "metadata/croissant.json",
                "metadata/huggingface/README.md", "metadata/dataset.spdx.json", "metadata/dataset.cdx.json", "NOTICE.txt");
    }

    private static void golden(String name, String actual) throws IOException, URISyntaxException {
        Path committed = Path.of("src/test/resources/exports").resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(committed, actual, StandardCharsets.UTF_8);
        }
        assertThat(committed).as("golden file " + committed + " (create it with -Dgolden.update=true)").exists();
        assertThat(actual).isEqualTo(Files.readString(committed, StandardCharsets.UTF_8));
    }
}
