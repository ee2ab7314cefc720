package org.datasetkit.consumers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.component.data.ComponentData;
import org.cyclonedx.parsers.JsonParser;
import org.datasetkit.consumers.ConsumerBundles.Fixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * dataset.cdx.json read by CycloneDX's own Java library: its 1.6 schema validation accepts the BOM and its parser reads
 * the dataset as a {@code data} component with its governance, sensitive data, licence and sources, and every file
 * with a checksum that is the file's. CycloneDX validates with json-schema-validator 2.x, ro-crate-java needs 1.x:
 * this class runs in a surefire execution of its own (plugin/consumers/pom.xml), and is skipped in the other.
 */
class CycloneDxConsumersTest {

    @TempDir
    Path root;

    @TempDir
    Path out;

    @BeforeAll
    static void ownValidator() {
        assumeTrue(System.getProperty("cyclonedx.validator") != null,
                "runs in the surefire execution 'cyclonedx', with the json-schema-validator CycloneDX is built on");
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void theLibrarysOwnValidationAcceptsTheBomAgainstTheSchemaOf16(Fixture fixture) throws Exception {
        Path bom = fixture.bag(root, out).resolve("data/metadata/dataset.cdx.json");

        assertThat(new JsonParser().validate(bom.toFile(), Version.VERSION_16)).isEmpty();
        assertThat(new JsonParser().isValid(bom.toFile(), Version.VERSION_16)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void everyFileOfTheDatasetIsAComponentWhoseHashIsTheFiles(Fixture fixture) throws Exception {
        Path payload = fixture.bag(root, out).resolve("data");
        Bom bom = new JsonParser().parse(payload.resolve("metadata/dataset.cdx.json").toFile());

        assertThat(bom.getComponents()).isNotEmpty();
        for (Component file : bom.getComponents()) {
            assertThat(file.getType()).isEqualTo(Component.Type.FILE);
            Hash sha256 = file.getHashes().stream().filter(h -> h.getAlgorithm().equals("SHA-256")).findFirst().orElseThrow();
            assertThat(sha256.getValue()).as(file.getName()).isEqualTo(sha256(payload.resolve(file.getName())));
        }
        if (fixture == Fixture.AWKWARD_NAMES) {
            assertThat(bom.getComponents()).extracting(Component::getName).containsAll(ConsumerBundles.AWKWARD);
        }
    }

    @Test
    void theRestrictedMedicalDatasetIsADataComponentWithGovernanceSensitiveDataLicenceAndSources() throws Exception {
        Path bomFile = Fixture.RESTRICTED_MEDICAL_SND.bag(root, out).resolve("data/metadata/dataset.cdx.json");
        Bom bom = new JsonParser().parse(bomFile.toFile());
        Component dataset = bom.getMetadata().getComponent();

        assertThat(bom.getSerialNumber()).matches("urn:uuid:[0-9a-f-]{36}");
        assertThat(dataset.getType()).isEqualTo(Component.Type.DATA);
        assertThat(dataset.getLicenses().getLicenses().get(0).getId()).isEqualTo("CC-BY-NC-4.0");
        ComponentData data = dataset.getData().get(0);
        assertThat(data.getType()).isEqualTo(ComponentData.ComponentDataType.DATASET);
        assertThat(data.getSensitiveData()).containsExactly(
                "health data (de-identified: DICOM PS3.15 Basic Application Level Confidentiality Profile)");
        assertThat(data.getGovernance().getOwners().get(0).getOrganization().getName()).isEqualTo("Karolinska Institutet");
        assertThat(data.getGovernance().getCustodians().get(0).getOrganization().getName())
                .isEqualTo("Swedish National Data Service");
        assertThat(data.getGovernance().getStewards().get(0).getContact().getEmail()).isEqualTo("data@example.org");
        Component source = dataset.getPedigree().getAncestors().getComponents().get(0);
        assertThat(source.getName()).isEqualTo("CBIS-DDSM");
        assertThat(source.getLicenses().getLicenses().get(0).getId()).isEqualTo("CC-BY-3.0");
        assertThat(source.getExternalReferences().get(0).getUrl()).isEqualTo("https://doi.org/10.7937/K9/TCIA.2016.7O02S9CY");
        assertThat(dataset.getProperties()).anySatisfy(p -> assertThat(p.getValue()).contains("Approved researchers only"));
    }

    @Test
    void theOpenDemoHoldsNoSensitiveData() throws Exception {
        Bom bom = new JsonParser().parse(Fixture.DEMO.bag(root, out).resolve("data/metadata/dataset.cdx.json").toFile());
        ComponentData data = bom.getMetadata().getComponent().getData().get(0);

        assertThat(data.getSensitiveData()).isNullOrEmpty();
        assertThat(data.getClassification()).isEqualTo("open access, no personal data");
        assertThat(bom.getMetadata().getComponent().getLicenses().getLicenses().get(0).getId()).isEqualTo("CC-BY-4.0");
        assertThat(bom.getComponents()).extracting(Component::getName).contains("data/labels.csv")
                .noneMatch(n -> List.of("pom.xml", "verify.groovy").contains(n));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
