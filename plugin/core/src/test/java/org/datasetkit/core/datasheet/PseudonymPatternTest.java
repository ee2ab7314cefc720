package org.datasetkit.core.datasheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.privacy.PrivacyPolicy;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The privacy gate matches every remaining name against personalData.deidentification.pseudonymPattern with RE2/J,
 * in linear time: a pattern RE2 cannot run is a datasheet error at its line and column, and a pattern that would
 * backtrack for ever in java.util.regex runs in linear time.
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
                    + " '^ANON[0-9{6}$' is not a regular expression the privacy gate can run: missing closing ]");
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
        assertThatThrownBy(() -> PrivacyPolicy.from(TypedDatasheetReader.read(parsed), Set.of()))
                .isInstanceOf(com.google.re2j.PatternSyntaxException.class);
    }

    @Test
    void aPatternOnlyJavaUnderstandsIsAnErrorNamingTheSyntax() throws Exception {
        ValidationResult result = validate(withPattern("^(?=ANON)\\w+$"));

        assertThat(result.datasheet()).isEmpty();
        assertThat(patternFindings(result)).singleElement().satisfies(d -> {
            assertThat(d.format()).startsWith("datasheet.yaml:16:23: error [datasheet.pattern] pseudonymPattern");
            assertThat(d.hint()).contains("RE2", "no look-around");
        });
    }

    /**
     * The patterns that hang java.util.regex on a value that almost matches: accepted, and matched by the gate's
     * policy in time linear in the value. The time-out only guards against a hang (exponential time never ends).
     */
    @ParameterizedTest
    @ValueSource(strings = {"^(.*a){12}$", "^(a|aa)+$", "^(a+)+$", "^(\\w+\\s?)*$"})
    void patternsThatBacktrackExponentiallyInJavaRunInLinearTime(String regex) throws Exception {
        ValidationResult result = validate(withPattern(regex));
        assertThat(patternFindings(result)).isEmpty();
        PrivacyPolicy policy = PrivacyPolicy.from(result.datasheet().orElseThrow(), Set.of());
        String almost = "a".repeat(5_000) + "!";

        boolean matched = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> policy.pseudonym().orElseThrow().matcher(almost).find());

        assertThat(matched).isFalse();
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
}
