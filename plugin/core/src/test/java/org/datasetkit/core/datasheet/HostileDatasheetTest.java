package org.datasetkit.core.datasheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.build.BuildListener;
import org.datasetkit.core.build.BuildSettings;
import org.datasetkit.core.build.BundleSettings;
import org.datasetkit.core.build.DatasetBuild;
import org.datasetkit.core.build.DatasetLocation;
import org.datasetkit.core.build.FixitySettings;
import org.datasetkit.core.build.GateSettings;
import org.datasetkit.core.build.Stage;
import org.datasetkit.core.build.StageCache;
import org.datasetkit.core.build.StageRefusedException;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Datasheets written to break the reader: numbers that cannot be converted, tab indentation, a conditional key
 * missing, a licence text file of gigabytes. Each is an error at its line and column that says what to do.
 */
class HostileDatasheetTest {

    private static DatasheetValidator validator;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        validator = new DatasheetValidator(new DatasheetSchema());
    }

    private List<Diagnostic> errors(String yaml) throws Exception {
        Datasets.write(dir, "datasheet.yaml", yaml);
        ValidationResult result = validator.validate(new ValidationRequest(dir, Optional.empty(), Optional.empty()));
        assertThat(result.datasheet()).isEmpty();
        return result.diagnostics().all().stream().filter(Diagnostic::isError).toList();
    }

    /** The minimal datasheet with line 4 (version) replaced, or a composition added as line 12. */
    private static String with(String line) {
        return line.startsWith("version:")
                ? Datasets.MINIMAL_DATASHEET.replace("version: \"1.0.0\"", line)
                : Datasets.MINIMAL_DATASHEET + line + "\n";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            version: 1e999999999                     | 4:10  | the number 1e999999999 is out of range
            version: 1e2147483647                    | 4:10  | the number 1e2147483647 is out of range
            version: .inf                            | 4:10  | the number .inf is not finite
            composition: {instanceCount: 1e20}       | 12:30 | the number 1e20 is out of range
            composition: {instanceCount: 99999999999999999999} | 12:30 | the number 99999999999999999999 is out of range
            composition: {instanceCount: 1111111111111111111111111111111111111111111} | 12:30 | characters long
            """)
    void numbersOutOfRangeAreErrorsAtTheirValueBeforeConversion(String line, String at, String message) throws Exception {
        List<Diagnostic> errors = errors(with(line));

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("yaml.number-range");
            assertThat(d.line() + ":" + d.column()).isEqualTo(at);
            assertThat(d.message()).contains(message, "must be finite and lie between");
            assertThat(d.hint()).contains("quote it");
        });
    }

    @Test
    void numbersInRangeStillRead() throws Exception {
        Datasets.write(dir, "datasheet.yaml", with("composition: {instanceCount: 9223372036854775807}"));
        ValidationResult result = validator.validate(new ValidationRequest(dir, Optional.empty(), Optional.empty()));

        assertThat(result.datasheet().orElseThrow().composition().orElseThrow().instanceCount()).hasValue(Long.MAX_VALUE);
    }

    @Test
    void aTabIndentIsReportedAtTheTabWithTheFix() throws Exception {
        List<Diagnostic> errors = errors(Datasets.MINIMAL_DATASHEET.replace("access: {level: open}",
                "access:\n\tlevel: open"));

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("yaml.tab-indent");
            assertThat(d.line() + ":" + d.column()).isEqualTo("10:1");
            assertThat(d.hint()).startsWith("indent with spaces");
        });
    }

    @Test
    void sourcesMissingUnderDerivedSayThatDerivedRequiresThem() throws Exception {
        List<Diagnostic> errors = errors(Datasets.MINIMAL_DATASHEET.replace("provenance: {origin: original}",
                "provenance: {origin: derived}"));

        assertThat(errors).singleElement().satisfies(d -> assertThat(d.message()).isEqualTo(
                "missing required key 'provenance.sources' under 'provenance' (required because provenance.origin is 'derived')"));
    }

    @Test
    void aLicenceTextFileOfGigabytesIsRefusedUnread() throws Exception {
        Datasets.write(dir, "datasheet.yaml", Datasets.MINIMAL_DATASHEET.replace("license: {spdx: CC-BY-4.0}",
                "license: {spdx: CC-BY-4.0, textFile: LICENSE.txt}"));
        try (RandomAccessFile sparse = new RandomAccessFile(dir.resolve("LICENSE.txt").toFile(), "rw")) {
            sparse.setLength(3L << 30); // 3 GB, no disk used
        }
        Recorded recorded = new Recorded();
        DatasetBuild build = new DatasetBuild(new BuildSettings(new DatasetLocation(dir, Optional.empty(),
                dir.resolve("target"), List.of(), List.of("target"), SymlinkPolicy.FOLLOW, Optional.empty()),
                GateSettings.defaults(), FixitySettings.defaults(), BundleSettings.defaults(), 1), new StageCache(), recorded);

        StageRefusedException refused = org.assertj.core.api.Assertions.catchThrowableOfType(StageRefusedException.class,
                build::licences);

        assertThat(refused.stage()).isEqualTo(Stage.LICENSES);
        assertThat(recorded.all).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("license.text-too-large");
            assertThat(d.file()).isEqualTo("LICENSE.txt");
        });
    }

    private static final class Recorded implements BuildListener {
        final java.util.List<Diagnostic> all = new java.util.ArrayList<>();

        @Override
        public void findings(Stage stage, Diagnostics diagnostics, Optional<Path> fullList) {
            all.addAll(diagnostics.all());
        }

        @Override
        public void info(String line) {}

        @Override
        public void warn(String line) {}
    }
}
