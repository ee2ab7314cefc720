package org.datasetkit.core.datasheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasheetValidatorTest {

    private static DatasheetValidator validator;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() {
        validator = new DatasheetValidator(new DatasheetSchema());
    }

    private ValidationResult validate(String datasheet) throws Exception {
        return validate(datasheet, Optional.empty());
    }

    private ValidationResult validate(String datasheet, Optional<String> projectVersion) throws Exception {
        Datasets.write(dir, "datasheet.yaml", datasheet);
        return validator.validate(new ValidationRequest(dir, Optional.empty(), projectVersion));
    }

    private static java.util.List<Diagnostic> errors(ValidationResult result) {
        return result.diagnostics().all().stream().filter(Diagnostic::isError).toList();
    }

    private static String replace(String line, String with) {
        assertThat(Datasets.MINIMAL_DATASHEET).contains(line);
        return Datasets.MINIMAL_DATASHEET.replace(line, with);
    }

    @Test
    void withoutDoiOrLandingPageCroissantHasNoUrlAndTheUserIsWarned() throws Exception {
        ValidationResult without = validate(Datasets.MINIMAL_DATASHEET);
        ValidationResult with = validate(Datasets.MINIMAL_DATASHEET + "landingPage: \"https://example.org/ds\"\n");

        assertThat(without.diagnostics().all()).filteredOn(d -> d.code().equals("datasheet.croissant-url")).singleElement()
                .satisfies(d -> assertThat(d.line()).isEqualTo(2));
        assertThat(with.diagnostics().all()).noneMatch(d -> d.code().equals("datasheet.croissant-url"));
    }

    @Test
    void theRestrictedMedicalDatasheetOfTheConsumerTestsIsValid() throws Exception {
        Datasets.write(dir, "docs/README.md", "# About\n");
        Datasets.write(dir, "data/labels.csv", "id,label,split\n");
        String sheet = new String(DatasheetValidatorTest.class.getResourceAsStream("/datasheets/restricted-medical.yaml")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(errors(validate(sheet))).isEmpty();
        Datasets.write(dir, "data/labels.csv", "x");
        java.nio.file.Files.delete(dir.resolve("data/labels.csv"));
        assertThat(errors(validate(sheet))).extracting(Diagnostic::code).containsExactly("datasheet.path-missing");
    }

    @Test
    void theMinimalDatasheetIsValid() throws Exception {
        ValidationResult result = validate(Datasets.MINIMAL_DATASHEET);

        assertThat(errors(result)).isEmpty();
        assertThat(result.diagnostics().all()).allSatisfy(d -> assertThat(d.code())
                .isIn("profile.recommended", "datasheet.croissant-url"));
        assertThat(result.datasheet()).hasValueSatisfying(d -> {
            assertThat(d.version()).isEqualTo("1.0.0");
            assertThat(d.license().spdx()).isEqualTo("CC-BY-4.0");
            assertThat(d.title().english()).isEqualTo("Test dataset");
        });
    }

    @Test
    void anUnquotedVersionPointsAtTheValueWithAQuotingHint() throws Exception {
        ValidationResult result = validate(replace("version: \"1.0.0\"", "version: 1.10"));

        assertThat(result.datasheet()).isEmpty();
        Diagnostic d = result.diagnostics().all().get(0);
        assertThat(d.format()).startsWith("datasheet.yaml:4:10: error [schema.type] version:");
        assertThat(d.hint()).contains("\"1.10\"", "which is 1.1)");
    }

    @Test
    void aMissingRequiredKeyIsNamedAndPlacedOnItsParent() throws Exception {
        ValidationResult result = validate(replace("license: {spdx: CC-BY-4.0}", "license: {name: Anything}"));

        Diagnostic d = result.diagnostics().all().get(0);
        assertThat(d.code()).isEqualTo("schema.required");
        assertThat(d.message()).contains("'license.spdx'");
        assertThat(d.line()).isEqualTo(8);
        assertThat(d.column()).isEqualTo(1);
    }

    @Test
    void anUnknownKeyIsPlacedOnItselfWithADidYouMean() throws Exception {
        ValidationResult result = validate(Datasets.MINIMAL_DATASHEET + "maintenence: {}\n");

        Diagnostic d = result.diagnostics().all().get(0);
        assertThat(d.code()).isEqualTo("schema.unknown-key");
        assertThat(d.line()).isEqualTo(12);
        assertThat(d.column()).isEqualTo(1);
        assertThat(d.hint()).isEqualTo("did you mean 'maintenance'?");
    }

    @Test
    void aNestedUnknownKeyIsPlacedOnItself() throws Exception {
        ValidationResult result = validate(replace("access: {level: open}", "access: {level: open, levle: x}"));

        Diagnostic d = result.diagnostics().all().get(0);
        assertThat(d.format()).startsWith("datasheet.yaml:9:23: error [schema.unknown-key] unknown key 'access.levle'");
        assertThat(d.hint()).contains("'level'");
    }

    @Test
    void aWrongEnumValueListsTheChoices() throws Exception {
        ValidationResult result = validate(replace("access: {level: open}", "access: {level: public}"));

        Diagnostic d = result.diagnostics().all().get(0);
        assertThat(d.code()).isEqualTo("schema.enum");
        assertThat(d.line()).isEqualTo(9);
        assertThat(d.column()).isEqualTo(17);
        assertThat(d.message()).contains("open", "restricted", "on-request");
    }

    @Test
    void aBadDateGetsAFormatHint() throws Exception {
        ValidationResult result = validate(replace("datePublished: 2026-05-01", "datePublished: 01/05/2026"));

        Diagnostic d = result.diagnostics().all().get(0);
        assertThat(d.code()).isEqualTo("schema.format");
        assertThat(d.hint()).contains("YYYY-MM-DD");
    }

    @Test
    void textMustBeAStringOrALanguageMap() throws Exception {
        ValidationResult result = validate(replace("title: Test dataset", "title: [a, b]"));

        assertThat(result.diagnostics().all()).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("schema.text"));
    }

    @Test
    void severalErrorsAreReportedTogetherInFileOrder() throws Exception {
        String sheet = replace("version: \"1.0.0\"", "version: 2").replace("level: open", "level: public") + "extra: 1\n";

        ValidationResult result = validate(sheet);

        assertThat(result.diagnostics().errorCount()).isEqualTo(3);
        assertThat(result.diagnostics().all()).extracting(Diagnostic::line).isSorted();
    }

    @Test
    void theVersionMustEqualTheProjectVersion() throws Exception {
        ValidationResult result = validate(Datasets.MINIMAL_DATASHEET, Optional.of("1.1.0"));

        Diagnostic d = errors(result).get(0);
        assertThat(d.code()).isEqualTo("datasheet.version-mismatch");
        assertThat(d.message()).contains("1.0.0", "1.1.0");
        assertThat(d.line()).isEqualTo(4);
    }

    @Test
    void referencedFilesMustExistInsideTheDataset() throws Exception {
        String sheet = Datasets.MINIMAL_DATASHEET + "documentation:\n  - {path: docs/missing.md}\n  - {path: docs/here.md}\n";
        Datasets.write(dir, "docs/here.md", "# here\n");

        ValidationResult result = validate(sheet);

        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("datasheet.path-missing");
            assertThat(d.pointer()).isEqualTo("/documentation/0/path");
            assertThat(d.line()).isEqualTo(13);
        });
    }

    @Test
    void aLicenseRefNeedsItsText() throws Exception {
        ValidationResult result = validate(replace("license: {spdx: CC-BY-4.0}", "license: {spdx: LicenseRef-KI-CSAW-CC}"));

        assertThat(errors(result)).extracting(Diagnostic::code).containsExactly("license.text-required");
    }

    @Test
    void aMissingDatasheetSaysHowToCreateOneInTheFrontEndsWords() throws Exception {
        ValidationResult plain = validator.validate(new ValidationRequest(dir, Optional.empty(), Optional.empty()));
        org.datasetkit.core.diag.Vocabulary cli = new org.datasetkit.core.diag.Vocabulary(
                java.util.Arrays.stream(org.datasetkit.core.diag.Vocabulary.Setting.values())
                        .collect(java.util.stream.Collectors.toMap(s -> s, s -> "--" + s.name().toLowerCase(java.util.Locale.ROOT))),
                "datasetkit init", "datasetkit validate", "the version in release.toml");
        ValidationResult worded = validator.validate(new ValidationRequest(dir, Optional.empty(), Optional.empty(), cli));

        assertThat(plain.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("datasheet.missing");
            assertThat(d.hint()).isEqualTo("create one with 'the init command', or point the datasheet setting at it");
        });
        assertThat(worded.diagnostics().all()).singleElement().satisfies(d ->
                assertThat(d.hint()).isEqualTo("create one with 'datasetkit init', or point --datasheet at it"));
    }

    @Test
    void aDatasheetCanBeNamedExplicitly() throws Exception {
        Datasets.write(dir, "meta/sheet.json", "{\"schemaVersion\": \"1.0\"}");

        ValidationResult result = validator.validate(
                new ValidationRequest(dir, Optional.of(Path.of("meta/sheet.json")), Optional.empty()));

        assertThat(result.diagnostics().all()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.file()).isEqualTo("meta/sheet.json"));
    }
}
