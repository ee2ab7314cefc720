package org.datasetkit.core.datasheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A valid datasheet for each profile, and invalid ones made from them by one change each: every invalid one must
 * give the exact error code at the exact line and column of the offending key or value.
 */
class InvalidDatasheetsTest {

    private static DatasheetValidator validator;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        validator = new DatasheetValidator(new DatasheetSchema());
    }

    private ValidationResult validate(String yaml) throws IOException {
        Datasets.write(dir, "datasheet.yaml", yaml);
        Datasets.write(dir, "docs/README.md", "# readme\n");
        return validator.validate(new ValidationRequest(dir, Optional.empty(), Optional.of(version(yaml))));
    }

    private static String version(String yaml) {
        int i = yaml.indexOf("version: \"");
        return i < 0 ? "0.0.0" : yaml.substring(i + 10, yaml.indexOf('"', i + 10));
    }

    static String base(String name) throws IOException {
        try (InputStream in = InvalidDatasheetsTest.class.getResourceAsStream("/datasheets/" + name + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"core", "medical", "snd"})
    void theFullExampleOfEachProfileIsValid(String profile) throws IOException {
        ValidationResult result = validate(base(profile));

        assertThat(result.diagnostics().all()).noneMatch(Diagnostic::isError);
        assertThat(result.datasheet()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        unquoted version                | core    | `version: "0.1.0"`                        | `version: 0.10`                              | schema.type                | 4:10
        missing title                   | core    | `title: Minimal core dataset\n`            | ``                                           | schema.required            | 1:1
        unknown top-level key           | core    | `access: {level: open}`                    | `access: {level: open}\nacess: {}`           | schema.unknown-key         | 9:1
        unknown nested key              | medical | `contains: true`                           | `contains: true\n  contain: false`           | schema.unknown-key         | 22:3
        bad access level                | core    | `{level: open}`                            | `{level: public}`                            | schema.enum                | 8:17
        bad source use                  | medical | `use: adapt`                               | `use: borrow`                                | schema.enum                | 19:112
        derived without sources         | core    | `provenance: {origin: original}`           | `provenance: {origin: derived}`              | schema.required            | 9:1
        empty creators                  | core    | `creators: [{name: "Doe, Jane"}]`          | `creators: []`                               | schema.minItems            | 5:11
        bad DOI                         | medical | `doi: "10.5878/abcd-1234"`                 | `doi: "doi:10.5878/abcd-1234"`               | schema.format              | 9:20
        bad ORCID form                  | medical | `orcid: "0000-0002-1825-0097"`             | `orcid: "https://orcid.org/0000-0002-1825-0097"` | schema.format          | 11:32
        wrong ORCID check digit         | medical | `orcid: "0000-0002-1825-0097"`             | `orcid: "0000-0002-1825-0098"`               | datasheet.orcid            | 11:32
        bad ROR                         | medical | `ror: "https://ror.org/056d84691"`         | `ror: "ror.org/056d84691"`                   | schema.format              | 11:105
        date not in the calendar        | medical | `datePublished: 2026-05-01`                | `datePublished: 2026-02-30`                  | datasheet.date             | 6:16
        date in the wrong form          | medical | `datePublished: 2026-05-01`                | `datePublished: 01.05.2026`                  | schema.format              | 6:16
        period backwards                | medical | `end: 2015-12-31`                          | `end: 2007-12-31`                            | datasheet.date-order       | 34:39
        published before created        | medical | `dateCreated: 2026-03-01`                  | `dateCreated: 2027-03-01`                    | datasheet.date-order       | 6:16
        duplicate creator               | medical | `  - {name: "Roe, Richard"}`               | `  - {name: "doe, jane"}`                    | datasheet.duplicate-creator | 12:5
        version differs from the POM    | core    | `version: "0.1.0"`                         | `version: "0.2.0"\nextraVersion: 1`          | schema.unknown-key         | 5:1
        not semver                      | core    | `version: "0.1.0"`                         | `version: "v1"`                              | schema.format              | 4:10
        text of the wrong type          | core    | `description: The smallest datasheet the core profile accepts.` | `description: 42`       | schema.text                | 3:14
        bad contact                     | core    | `contact: "jane@example.org"`              | `contact: "call Jane"`                       | datasheet.contact          | 10:57
        placeholder left                | core    | `title: Minimal core dataset`              | `title: "TODO: the dataset's name"`          | datasheet.placeholder      | 2:8
        missing documentation file      | medical | `path: docs/README.md`                     | `path: docs/MISSING.md`                      | datasheet.path-missing     | 41:24
        path outside the dataset        | medical | `path: docs/README.md`                     | `path: ../README.md`                         | schema.format              | 41:24
        LicenseRef without its text     | core    | `spdx: CC0-1.0`                            | `spdx: LicenseRef-Hospital-Terms`            | license.text-required      | 7:17
        personal data made open         | medical | `{level: restricted}`                      | `{level: open}`                              | datasheet.personal-data-open | 15:17
        medical without ethics review   | medical | `  reviewRequired: true\n`                 | ``                                           | profile.missing            | 26:1
        review without approvals        | medical | `  approvals: [{body: "Swedish Ethical Review Authority", referenceNumber: "2020-01234", date: 2020-03-01}]\n` | `` | profile.missing | 26:1
        medical without purpose         | medical | `motivation: {purpose: "Benchmarking detection models."}\n` | ``              | profile.missing            | 1:1
        personal data without de-identification | medical | `  deidentification: {method: "DICOM PS3.15 Basic Application Level Confidentiality Profile", tool: "anonymizer 1.0"}\n` | `` | profile.missing | 20:1
        snd without Swedish title       | snd     | `sv: "Mammografiscreening, delmängd"`      | `de: "Mammographie"`                         | profile.missing            | 3:1
        snd without principal           | snd     | `principal: {name: Karolinska Institutet, ror: "https://ror.org/056d84691"}\n` | ``  | profile.missing            | 1:1
        unknown profile                 | core    | `title: Minimal core dataset`              | `profiles: [core, clinical]\ntitle: Minimal core dataset` | schema.enum     | 2:18
        duplicate key                   | core    | `access: {level: open}`                    | `access: {level: open}\naccess: {level: open}` | yaml.duplicate-key       | 9:1
        alias                           | core    | `title: Minimal core dataset`              | `title: *name`                               | yaml.alias                 | 2:8
        """)
    void eachInvalidDatasheetGivesTheExactCodeAndPosition(String name, String profile, String find, String replace,
            String code, String position) throws IOException {
        String source = base(profile);
        String needle = find.replace("\\n", "\n");
        assertThat(source).as("the base contains the text to change").contains(needle);
        String yaml = source.replaceFirst(java.util.regex.Pattern.quote(needle),
                java.util.regex.Matcher.quoteReplacement(replace.replace("\\n", "\n")));

        List<Diagnostic> errors = validate(yaml).diagnostics().all().stream().filter(Diagnostic::isError).toList();

        assertThat(errors).as(name).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(code);
            assertThat(d.line() + ":" + d.column()).isEqualTo(position);
        });
    }

    @Test
    void aMedicalDatasheetAboutPersonalDataWithoutEthicsNamesEachMissingKeyAndTheProfileAskingForIt() throws IOException {
        String medical = base("medical");
        String ethics = medical.substring(medical.indexOf("ethics:\n"), medical.indexOf("motivation:"));
        assertThat(ethics.lines()).as("the base's ethics section").hasSize(4);

        List<Diagnostic> errors = validate(medical.replace(ethics, "")).diagnostics().all().stream()
                .filter(Diagnostic::isError).toList();

        assertThat(errors).extracting(Diagnostic::format)
                .anySatisfy(line -> assertThat(line).startsWith("datasheet.yaml:1:1: error [profile.missing] missing "
                        + "'ethics.reviewRequired', which the medical profile requires"))
                .anySatisfy(line -> assertThat(line).startsWith("datasheet.yaml:1:1: error [profile.missing] missing "
                        + "'ethics.consent', which the medical (personal data) profile requires"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        contains: "yes"    | write true without quotes
        contains: "Nej"    | write false without quotes
        contains: "maybe"  | write true or false without quotes
        """)
    void aQuotedYesWhereABooleanBelongsSaysWhatToWrite(String replacement, String hint) throws IOException {
        String yaml = base("medical").replaceFirst("contains: true", replacement);

        assertThat(validate(yaml).diagnostics().all()).filteredOn(Diagnostic::isError).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("schema.type");
            assertThat(d.line() + ":" + d.column()).isEqualTo("21:13");
            assertThat(d.hint()).isEqualTo(hint);
        });
    }

    @Test
    void aTitleInSpanishThatStartsWithTodosIsNotAPlaceholder() throws IOException {
        ValidationResult result = validate(base("core").replace("title: Minimal core dataset",
                "title: \"Todos los datos de mamografía\""));

        assertThat(result.diagnostics().all()).extracting(Diagnostic::code).doesNotContain("datasheet.placeholder");
    }

    @Test
    void theVersionMustEqualThePomVersion() throws IOException {
        Datasets.write(dir, "datasheet.yaml", base("core"));
        ValidationResult result = validator.validate(new ValidationRequest(dir, Optional.empty(), Optional.of("0.2.0")));

        assertThat(result.diagnostics().all()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("datasheet.version-mismatch");
            assertThat(d.line() + ":" + d.column()).isEqualTo("4:10");
        });
    }

    @Test
    void missingRecommendedFieldsAreWarningsAndScoredPerSection() throws IOException {
        ValidationResult result = validate(base("medical"));

        assertThat(result.diagnostics().all()).filteredOn(d -> d.code().equals("profile.recommended"))
                .anySatisfy(d -> assertThat(d.message()).startsWith("collection: 4 recommended field(s) empty"));
        Completeness c = result.completeness().orElseThrow();
        assertThat(c.sections()).filteredOn(s -> s.name().equals("collection")).singleElement()
                .satisfies(s -> assertThat(s.filled() + "/" + s.total()).isEqualTo("2/6"));
        assertThat(c.overallPercent()).isBetween(1, 99);
    }
}
