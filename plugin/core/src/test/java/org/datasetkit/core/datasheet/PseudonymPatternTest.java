package org.datasetkit.core.datasheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The privacy gate matches every remaining name against personalData.deidentification.pseudonymPattern, so a
 * pattern that does not compile, or could backtrack for ever, is a datasheet error at its line and column.
 */
class PseudonymPatternTest {

    private static DatasheetValidator validator;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() {
        validator = new DatasheetValidator(new DatasheetSchema());
    }

    /** The minimal datasheet (lines 1-11) with de-identified personal data; the pattern's value is at 16:23. */
    private static String withPattern(String pattern) {
        return Datasets.MINIMAL_DATASHEET.replace("access: {level: open}", "access: {level: restricted}")
                + "personalData:\n"
                + "  contains: true\n"
                + "  deidentification:\n"
                + "    method: DICOM PS3.15 Basic Application Level Confidentiality Profile\n"
                + "    pseudonymPattern: \"" + pattern.replace("\\", "\\\\") + "\"\n";
    }

    private List<Diagnostic> patternFindings(ValidationResult result) {
        return result.diagnostics().all().stream().filter(d -> d.code().equals("datasheet.pattern")).toList();
    }

    private ValidationResult validate(String datasheet) throws Exception {
        Datasets.write(dir, "datasheet.yaml", datasheet);
        return validator.validate(new ValidationRequest(dir, Optional.empty(), Optional.empty()));
    }

    @Test
    void aPatternThatDoesNotCompileIsAnErrorAtItsValue() throws Exception {
        ValidationResult result = validate(withPattern("^ANON[0-9{6}$"));

        assertThat(result.datasheet()).isEmpty();
        assertThat(patternFindings(result)).singleElement().satisfies(d -> {
            assertThat(d.format()).startsWith("datasheet.yaml:16:23: error [datasheet.pattern] pseudonymPattern"
                    + " '^ANON[0-9{6}$' is not a regular expression: Unclosed character class");
            assertThat(d.pointer()).isEqualTo("/personalData/deidentification/pseudonymPattern");
            assertThat(d.hint()).contains("^ANON[0-9]{6}$", "backslash");
        });
    }

    @Test
    void withoutTheRuleTheSameDatasheetWouldOnlyFailInThePrivacyGate() throws Exception {
        Path file = Datasets.write(dir, "datasheet.yaml", withPattern("^ANON[0-9{6}$"));
        ParsedDatasheet parsed = new StrictDatasheetReader().read(file, "datasheet.yaml");

        // The schema alone accepts it (a non-empty string) ...
        assertThat(new DatasheetSchema().validate(parsed.tree())).isEmpty();
        // ... and compiling it later, as the privacy gate's policy does, throws instead of pointing at the line.
        String regex = TypedDatasheetReader.read(parsed).personalData().orElseThrow().deidentification().orElseThrow()
                .pseudonymPattern().orElseThrow().regex();
        assertThatThrownBy(() -> Pattern.compile(regex)).isInstanceOf(PatternSyntaxException.class);
    }

    @Test
    void aPatternThatCanBacktrackExponentiallyIsRefused() throws Exception {
        ValidationResult result = validate(withPattern("(.*a){12}"));

        assertThat(result.datasheet()).isEmpty();
        assertThat(patternFindings(result)).singleElement().satisfies(d -> {
            assertThat(d.format()).startsWith("datasheet.yaml:16:23: error [datasheet.pattern] pseudonymPattern"
                    + " '(.*a){12}' repeats (.*a){12}, a repetition inside a repetition");
            assertThat(d.hint()).contains("possessive");
        });
    }

    @Test
    void aSoundPatternIsAcceptedAndKeepsItsLocation() throws Exception {
        ValidationResult result = validate(withPattern("^ANON[0-9]{6}$"));

        assertThat(patternFindings(result)).isEmpty();
        Deidentification.PseudonymPattern pattern = result.datasheet().orElseThrow().personalData().orElseThrow()
                .deidentification().orElseThrow().pseudonymPattern().orElseThrow();
        assertThat(pattern.regex()).isEqualTo("^ANON[0-9]{6}$");
        assertThat(pattern.at()).isEqualTo(new DatasheetLocation("datasheet.yaml",
                "/personalData/deidentification/pseudonymPattern", new SourcePosition(16, 23)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a+)+", "(.*a){12}", "(a?){20}a{20}", "^(\\w+\\s?)*$", "((ab)*c)+", "(?:x[0-9]+)*",
            "([A-Z]{1,3})+", "(a|b*)*?"})
    void nestedRepetitionsAreFound(String regex) {
        assertThat(NestedQuantifiers.find(regex)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"^ANON[0-9]{6}$", "^(ANON|PSEUDO)-[0-9]{4,8}$", "^(?:[A-Z]{2}-)?[0-9]+$", "(ab){3}",
            "([0-9]{4})+", "(?>a+)+", "(a++)+", "[(a+)]+", "\\(a+\\)+", "\\Q(a+)+\\E", "\\p{Alpha}+", "(a{2})*",
            "x{2,}y"})
    void patternsWithoutThemPass(String regex) {
        assertThat(NestedQuantifiers.find(regex)).isEmpty();
    }
}
