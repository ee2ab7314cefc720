package org.datasetkit.consumers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * datacite.xml of the restricted medical bundle, valid against DataCite's official kernel-4.6 XSD. The 4.7 XSD is not
 * shipped with the project; give its folder with {@code -Ddatacite.kernel47=<folder holding metadata.xsd>} to check
 * the same record against it.
 */
class DataCiteConsumersTest {

    @TempDir
    Path root;

    @TempDir
    Path out;

    private Path xml;
    private String text;

    @BeforeEach
    void bundle() throws Exception {
        xml = ConsumerBundles.restrictedMedical(root, out).resolve("data/metadata/datacite.xml");
        text = Files.readString(xml);
    }

    @Test
    void isValidAgainstTheOfficialKernel46Schema() throws Exception {
        validate(new File(DataCiteConsumersTest.class.getResource("/datacite-kernel-4.6/metadata.xsd").toURI()));
    }

    @Test
    void isValidAgainstKernel47WhenItsSchemaIsGiven() throws Exception {
        String folder = System.getProperty("datacite.kernel47", "");
        assumeTrue(!folder.isEmpty(), "-Ddatacite.kernel47 not given");
        validate(Path.of(folder, "metadata.xsd").toFile());
    }

    @Test
    void relatesSourcesMirrorsAndVersions() {
        assertThat(text).contains(
                "<relatedIdentifier relatedIdentifierType=\"DOI\" relationType=\"IsVersionOf\">10.5878/abcd-0000</relatedIdentifier>",
                "<relatedIdentifier relatedIdentifierType=\"DOI\" relationType=\"IsNewVersionOf\">10.5878/abcd-1233</relatedIdentifier>",
                "<relatedIdentifier relatedIdentifierType=\"DOI\" relationType=\"IsDerivedFrom\">10.7937/K9/TCIA.2016.7O02S9CY</relatedIdentifier>",
                "<relatedIdentifier relatedIdentifierType=\"URL\" relationType=\"IsIdenticalTo\">https://huggingface.co/datasets/example/mammo</relatedIdentifier>");
    }

    @Test
    void rightsNameTheLicenceAsTheSpdxListDoesAndTheAccessAsRestricted() {
        assertThat(text).contains(">Creative Commons Attribution Non Commercial 4.0 International</rights>",
                "rightsIdentifier=\"CC-BY-NC-4.0\"", "rightsIdentifierScheme=\"SPDX\"",
                "rightsURI=\"info:eu-repo/semantics/restrictedAccess\"");
    }

    @Test
    void subjectsCarryTheirSchemeUriAndSizesCountTheGeneratedFiles() throws Exception {
        assertThat(text).contains("subjectScheme=\"SCB\" schemeURI=\"https://www.scb.se/");
        long payloadFiles;
        try (Stream<Path> files = Files.walk(xml.getParent().getParent())) {
            payloadFiles = files.filter(Files::isRegularFile).count();
        }
        assertThat(text).contains("<size>" + payloadFiles + " files</size>");
        assertThat(text).contains("contributorType=\"ContactPerson\"");
    }

    private void validate(File schemaFile) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.newSchema(schemaFile).newValidator().validate(new StreamSource(xml.toFile()));
    }
}
