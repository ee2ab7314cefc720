package org.datasetkit.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.diag.FailurePolicy;
import org.datasetkit.core.diag.SeverityOverrides;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** licenses.json never tells a machine the opposite of the build. */
class LicenceReportTest {

    @TempDir
    Path root;

    private JsonNode refusedReport(String license, String sources, SeverityOverrides severities) throws Exception {
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET
                .replace("license: {spdx: CC-BY-4.0}", "license: {spdx: \"" + license + "\"}")
                .replace("provenance: {origin: original}", sources));
        DatasetLocation where = new DatasetLocation(root, Optional.empty(), root.resolve("target"), List.of(),
                List.of("target"), SymlinkPolicy.FOLLOW, Optional.empty());
        GateSettings gates = new GateSettings(FailurePolicy.ERROR, severities, Set.of(), Optional.empty(), Optional.empty());
        DatasetBuild build = new DatasetBuild(new BuildSettings(where, gates, FixitySettings.defaults(),
                BundleSettings.defaults(), 1), new StageCache(), new DatasetBuildTest.Recorder());

        StageRefusedException refused = catchThrowableOfType(StageRefusedException.class, build::licences);

        assertThat(refused).as("the build refuses the licences").isNotNull();
        return JsonMapper.builder().build().readTree(root.resolve("target/dataset/licenses.json").toFile());
    }

    @Test
    void aDatasetLicenceThatCannotBeReadIsNotCompatibleInTheReport() throws Exception {
        JsonNode report = refusedReport("cc", "provenance: {origin: original}", SeverityOverrides.NONE);

        assertThat(report.path("verdict").asString()).isEqualTo("REVIEW");
    }

    @Test
    void aSourceUnderNoassertionAcceptsNothing() throws Exception {
        JsonNode report = refusedReport("CC-BY-4.0",
                "provenance: {origin: derived, sources: [{title: Mirror, license: NOASSERTION, use: adapt}]}",
                SeverityOverrides.NONE);

        assertThat(report.path("verdict").asString()).isEqualTo("REVIEW");
        assertThat(report.path("licensesEverySourceAccepts").size()).isZero();
    }

    @Test
    void aLicenceTheUsersSeveritiesRefuseGetsNoCompatibleVerdict() throws Exception {
        // compatible, but written the way platforms write it, and this user makes that an error
        JsonNode report = refusedReport("CC-BY-4.0",
                "provenance: {origin: derived, sources: [{title: Mirror, license: cc-by-4.0, use: adapt}]}",
                SeverityOverrides.parse(java.util.Map.of("license.normalized", "error")));

        assertThat(report.path("verdict").asString()).isEqualTo("REVIEW");
    }
}
