package org.datasetkit.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diag.FailurePolicy;
import org.datasetkit.core.diag.SeverityOverrides;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of an unchanged dataset, each as a new run: the second reads no file for the gate and says the same. */
class PrivacyCacheBuildTest {

    @TempDir
    Path root;

    /** Every finding as the log prints it, and the info lines. */
    private static final class Log implements BuildListener {
        final List<String> findings = new ArrayList<>();
        final List<String> info = new ArrayList<>();

        @Override
        public void findings(Stage stage, Diagnostics diagnostics, Optional<Path> fullList) {
            diagnostics.all().forEach(d -> findings.add(stage + " " + d.format()));
        }

        @Override
        public void info(String line) {
            info.add(line);
        }

        @Override
        public void warn(String line) {
            info.add("warn " + line);
        }
    }

    @BeforeEach
    void dataset() throws Exception {
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET);
        Datasets.write(root, "data/labels.csv", "id,label\n1,benign\n2,malignant\n");
        Datasets.write(root, "data/notes.csv", "id,note\n1,fine\n2,pnr 19811218-9876 in a note\n");
        Datasets.write(root, "docs/README.md", "# Test\n");
        try (var files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(60)));
            }
        }
        Thread.sleep(50); // back-dating moved the change times, which cannot be back-dated: let them age
    }

    private DatasetBuild build(Log log, SeverityOverrides severities) {
        DatasetLocation where = new DatasetLocation(root, Optional.empty(), root.resolve("target"), List.of(),
                List.of("target"), SymlinkPolicy.FOLLOW, Optional.of("1.0.0"));
        GateSettings gates = new GateSettings(FailurePolicy.ERROR, severities, Set.of(), Optional.empty(), Optional.empty());
        return new DatasetBuild(new BuildSettings(where, gates, FixitySettings.defaults(), BundleSettings.defaults(), 2),
                new StageCache(), log);
    }

    private String privacySection() throws Exception {
        String html = Files.readString(root.resolve("target/dataset/report.html"), StandardCharsets.UTF_8);
        int start = html.indexOf("<section id=\"privacy\">");
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void anUnchangedDatasetGivesTheSameLogReportAndPrivacyJsonFromTheCache() throws Exception {
        SeverityOverrides lowered = SeverityOverrides.parse(Map.of("privacy.*", "warning"));
        Log cold = new Log();
        build(cold, lowered).report();
        byte[] coldJson = Files.readAllBytes(root.resolve("target/dataset/privacy.json"));
        String coldSection = privacySection();

        Log cached = new Log();
        build(cached, lowered).report();

        assertThat(cached.findings).isEqualTo(cold.findings).anySatisfy(l -> assertThat(l)
                .startsWith("PRIVACY data/notes.csv:").contains("warning [privacy.personal-identity-number]"));
        assertThat(Files.readAllBytes(root.resolve("target/dataset/privacy.json"))).isEqualTo(coldJson);
        assertThat(privacySection()).isEqualTo(coldSection);
        assertThat(cold.info).filteredOn(l -> l.startsWith("Privacy gate")).singleElement()
                .satisfies(l -> assertThat(l).doesNotContain("unchanged"));
        assertThat(cached.info).filteredOn(l -> l.startsWith("Privacy gate")).singleElement()
                .satisfies(l -> assertThat(l).contains(", 4 unchanged since the last run (not read again); 0 errors"));
    }

    @Test
    void aFindingKeptInTheCacheStillRefusesTheRelease() throws Exception {
        catchThrowableOfType(StageRefusedException.class, () -> build(new Log(), SeverityOverrides.NONE).privacy());

        Log cached = new Log();
        StageRefusedException refused = catchThrowableOfType(StageRefusedException.class,
                () -> build(cached, SeverityOverrides.NONE).privacy());

        assertThat(refused.stage()).isEqualTo(Stage.PRIVACY);
        assertThat(cached.info).anySatisfy(l -> assertThat(l).contains("unchanged since the last run"));
    }
}
