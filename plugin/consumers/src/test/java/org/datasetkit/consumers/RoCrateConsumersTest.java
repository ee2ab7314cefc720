package org.datasetkit.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import edu.kit.datamanager.ro_crate.RoCrate;
import edu.kit.datamanager.ro_crate.entities.AbstractEntity;
import edu.kit.datamanager.ro_crate.entities.data.DataEntity;
import edu.kit.datamanager.ro_crate.reader.FolderReader;
import edu.kit.datamanager.ro_crate.reader.RoCrateReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ro-crate-metadata.json read by KIT's ro-crate-java, as a repository ingesting the bag's payload would. */
class RoCrateConsumersTest {

    @TempDir
    Path root;

    @TempDir
    Path out;

    private Path payload;
    private RoCrate crate;

    @BeforeEach
    void read() throws Exception {
        payload = ConsumerBundles.restrictedMedical(root, out).resolve("data");
        crate = new RoCrateReader(new FolderReader()).readCrate(payload.toString());
    }

    @Test
    void everyPayloadFileIsADataEntityWhoseIdLeadsToIt() throws Exception {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(payload)) {
            walk.filter(Files::isRegularFile).map(p -> payload.relativize(p).toString())
                    .filter(p -> !p.equals("ro-crate-metadata.json")).forEach(files::add);
        }
        List<String> described = new ArrayList<>();
        for (String file : files) {
            AbstractEntity entity = entityForFile(file);
            assertThat(entity).as(file).isNotNull();
            assertThat(entity.getProperty("sha256").asText()).as(file).hasSize(64);
            assertThat(entity.getProperty("contentSize").asText()).isEqualTo(Long.toString(Files.size(payload.resolve(file))));
            described.add(file);
        }
        assertThat(described).contains("data/with space/100% done.csv", "NOTICE.txt", "metadata/croissant.json");
    }

    /** The entity whose @id, decoded as a URI reference, is the file's path (the way a consumer finds the file). */
    private AbstractEntity entityForFile(String path) {
        for (DataEntity e : crate.getAllDataEntities()) {
            String decoded = URLDecoder.decode(e.getId().replace("+", "%2B"), StandardCharsets.UTF_8);
            if (decoded.equals(path)) {
                return e;
            }
        }
        return null;
    }

    @Test
    void nonAsciiNamesStayNativeInTheIds() {
        assertThat(crate.getDataEntityById("data/Malmö/bröstcancer.txt")).isNotNull();
        assertThat(crate.getDataEntityById("data/" + ConsumerBundles.NFD_FOLDER.replace(" ", "%20") + "/x.txt")).isNotNull();
        assertThat(crate.getDataEntityById("data/with%20space/100%25%20done.csv")).isNotNull();
    }

    @Test
    void theRootSaysTheDataIsRestrictedAndWhatItIsBasedOn() {
        var rootEntity = crate.getRootDataEntity();
        assertThat(rootEntity.getProperty("isAccessibleForFree").asBoolean(true)).isFalse();
        assertThat(rootEntity.getProperty("conditionsOfAccess").asText()).contains("Approved researchers only");
        assertThat(rootEntity.getProperty("isBasedOn").findValuesAsText("@id"))
                .containsExactly("https://doi.org/10.7937/K9/TCIA.2016.7O02S9CY");
        assertThat(crate.getContextualEntityById("https://doi.org/10.7937/K9/TCIA.2016.7O02S9CY").getProperty("license")
                .path("@id").asText()).isEqualTo("https://creativecommons.org/licenses/by/3.0/");
        assertThat(rootEntity.getProperty("usageInfo").findValuesAsText("@id"))
                .contains("http://purl.obolibrary.org/obo/DUO_0000007", "https://example.org/dua/2026-123");
        assertThat(rootEntity.getProperty("cite-as").path("@id").asText()).isEqualTo("https://doi.org/10.5878/abcd-1234");
        assertThat(rootEntity.getProperty("funder").findValuesAsText("@id")).containsExactly("https://ror.org/03zttf063");
        assertThat(crate.getContextualEntityById("https://orcid.org/0000-0002-1825-0097").getProperty("affiliation")
                .findValuesAsText("@id")).containsExactly("https://ror.org/056d84691");
    }

    @Test
    void foldersAreDatasetsThatReachEveryFileFromTheRoot() {
        DataEntity folder = crate.getDataEntityById("data/with%20space/");
        assertThat(folder).isNotNull();
        assertThat(folder.getProperty("@type").asText()).isEqualTo("Dataset");
        assertThat(folder.getProperty("hasPart").findValuesAsText("@id")).containsExactly("data/with%20space/100%25%20done.csv");
        assertThat(crate.getRootDataEntity().getProperty("hasPart").findValuesAsText("@id")).contains("data/", "docs/", "metadata/");
    }
}
