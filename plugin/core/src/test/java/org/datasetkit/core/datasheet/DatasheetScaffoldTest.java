package org.datasetkit.core.datasheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.datasetkit.core.diag.Vocabulary;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasheetScaffoldTest {

    @TempDir
    Path root;

    private static final Pattern TODO = Pattern.compile("(\\w+): \"TODO[^\"]*\"");

    /** What a maintainer would write over each placeholder. */
    private static String fill(String yaml) {
        Matcher m = TODO.matcher(yaml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = switch (key) {
                case "datePublished", "start" -> "2026-01-01";
                case "end" -> "2026-02-01";
                case "doi" -> "\"10.5878/abcd-1234\"";
                case "spdx" -> "CC-BY-4.0";
                case "contact" -> "data@example.org";
                case "path" -> "docs/README.md";
                case "code" -> "\"30224\"";
                default -> "\"Filled in by the maintainer\"";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(key + ": " + value));
        }
        m.appendTail(out);
        return out.toString().replace("[\"TODO: keyword\"]", "[mammography]").replace("[\"TODO: e.g. MG, CT, MR\"]", "[MG]")
                .replace("[\"TODO: e.g. health data\"]", "[health data]")
                .replace("[\"TODO: how the data was collected\"]", "[Registry]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "medical", "snd", "medical,snd"})
    void aScaffoldFailsUntilFilledInThenPasses(String profiles) throws Exception {
        Datasets.write(root, "images/a.png", new byte[200]);
        Datasets.write(root, "labels.csv", "id\n1\n");
        Datasets.write(root, "docs/README.md", "# about\n");
        List<String> chosen = profiles.isEmpty() ? List.of() : List.of(profiles.split(","));

        DatasheetScaffold.Outcome outcome = new DatasheetScaffold().write(new DatasetScanner().scan(ScanRequest.of(root)),
                chosen, Vocabulary.NEUTRAL, Map.of("build.file", "<build version=\"9.9.9\"/>"));

        assertThat(outcome.written()).containsExactly(root.resolve("datasheet.yaml"), root.resolve("build.file"));
        String yaml = Files.readString(root.resolve("datasheet.yaml"));
        assertThat(yaml).contains("The folder holds 3 files", "CSV (1)", "MD (1)", "PNG (1)");
        DatasheetValidator validator = new DatasheetValidator(new DatasheetSchema());
        ValidationResult unfilled = validator.validate(new ValidationRequest(root, Optional.empty(), Optional.of("1.0.0")));
        // Placeholders in fields with a format (dates, DOI, e-mail) already fail the schema; the others are named.
        assertThat(unfilled.diagnostics().all()).filteredOn(Diagnostic::isError).extracting(Diagnostic::code)
                .isNotEmpty().containsAnyOf("datasheet.placeholder", "schema.format");

        Files.writeString(root.resolve("datasheet.yaml"), fill(yaml));
        ValidationResult filled = validator.validate(new ValidationRequest(root, Optional.empty(), Optional.of("1.0.0")));

        assertThat(filled.diagnostics().all()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(Files.readString(root.resolve("build.file"))).isEqualTo("<build version=\"9.9.9\"/>");
        assertThat(yaml).contains("written by 'the init command'").doesNotContain("mvn");
    }

    @Test
    void existingFilesAreNeverOverwritten() throws Exception {
        Datasets.write(root, "datasheet.yaml", "mine");
        Datasets.write(root, "pom.xml", "<project/>");

        DatasheetScaffold.Outcome outcome = new DatasheetScaffold().write(new DatasetScanner().scan(ScanRequest.of(root)),
                List.of(), Vocabulary.NEUTRAL, Map.of("pom.xml", "<project>new</project>"));

        assertThat(outcome.written()).isEmpty();
        assertThat(outcome.kept()).hasSize(2);
        assertThat(Files.readString(root.resolve("datasheet.yaml"))).isEqualTo("mine");
    }
}
