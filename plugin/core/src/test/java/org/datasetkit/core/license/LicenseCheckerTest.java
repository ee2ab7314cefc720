package org.datasetkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.DatasheetSchema;
import org.datasetkit.core.datasheet.DatasheetValidator;
import org.datasetkit.core.datasheet.ValidationRequest;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LicenseCheckerTest {

    private static LicenseChecker checker;
    private static DatasheetValidator validator;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        checker = new LicenseChecker(new SpdxLicenseList(), LicenseRegistry.builtIn());
        validator = new DatasheetValidator(new DatasheetSchema());
    }

    private LicenseCheckResult check(String license) throws Exception {
        return check(license, "provenance: {origin: original}");
    }

    private LicenseCheckResult check(String license, String provenance) throws Exception {
        boolean custom = license.contains("LicenseRef-");
        String sheet = Datasets.MINIMAL_DATASHEET
                .replace("license: {spdx: CC-BY-4.0}", "license: {spdx: \"" + license + "\""
                        + (custom ? ", textFile: LICENSE.txt}" : "}"))
                .replace("provenance: {origin: original}", provenance);
        Datasets.write(dir, "datasheet.yaml", sheet);
        if (custom) {
            Datasets.write(dir, "LICENSE.txt", "The custom terms.");
        }
        Datasheet datasheet = validator.validate(new ValidationRequest(dir, Optional.empty(), Optional.empty()))
                .datasheet().orElseThrow();
        return checker.check(datasheet, dir);
    }

    @Test
    void theSpdxLibraryIsConfiguredNeverToGoOnline() {
        // Read by the library from this plugin's jar; without it, it would fetch https://spdx.org/licenses first.
        assertThat(org.spdx.Configuration.getInstance().getProperty("org.spdx.useJARLicenseInfoOnly")).isEqualTo("true");
    }

    @Test
    void aListedLicenceIsCanonicalisedAndTheListVersionReported() throws Exception {
        LicenseCheckResult result = check("cc-by-nc-4.0");

        assertThat(result.diagnostics().all()).isEmpty();
        assertThat(result.declared()).isEqualTo("CC-BY-NC-4.0");
        assertThat(result.spdxListVersion()).matches("3\\.\\d+(\\.\\d+)?");
    }

    @Test
    void expressionsAndLicenseRefsAreAccepted() throws Exception {
        LicenseCheckResult result = check("(CC-BY-4.0 OR LicenseRef-KI-CSAW-CC) AND CC0-1.0");

        assertThat(result.diagnostics().all()).isEmpty();
        assertThat(result.declared()).isEqualTo("(CC-BY-4.0 OR LicenseRef-KI-CSAW-CC) AND CC0-1.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "other", "NOASSERTION", "NONE", "Unknown"})
    void placeholdersAreNotLicences(String placeholder) throws Exception {
        LicenseCheckResult result = check(placeholder);

        assertThat(result.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("license.unknown");
            assertThat(d.isError()).isTrue();
            assertThat(d.format()).startsWith("datasheet.yaml:8:17: error [license.unknown] '" + placeholder
                    + "' is not a licence");
            assertThat(d.hint()).isNotEmpty();
        });
        assertThat(result.declared()).isEmpty();
    }

    @Test
    void anIdNotOnTheListIsAnErrorNamingTheList() throws Exception {
        LicenseCheckResult result = check("CC-BY-4.0 AND CC-BY-2.5-SE");

        assertThat(result.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("license.unknown-id");
            assertThat(d.message()).contains("'CC-BY-2.5-SE'", result.spdxListVersion(), "character 15");
        });
    }

    @Test
    void aSyntaxErrorIsReported() throws Exception {
        assertThat(check("CC-BY-4.0 AND").diagnostics().all()).extracting(Diagnostic::code).containsExactly("license.syntax");
    }

    @Test
    void licenseTxtMustBeTheTextOfTheDeclaredLicence() throws Exception {
        SpdxLicenseList spdx = new SpdxLicenseList();
        Datasets.write(dir, "LICENSE.txt", spdx.text("CC-BY-4.0"));
        assertThat(check("CC-BY-4.0").diagnostics().all()).isEmpty();

        Datasets.write(dir, "LICENSE.txt", spdx.text("CC0-1.0"));
        LicenseCheckResult result = check("CC-BY-4.0");

        assertThat(result.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("license.text-mismatch");
            assertThat(d.file()).isEqualTo("LICENSE.txt");
            assertThat(d.message()).contains("CC-BY-4.0", "it is the text of CC0-1.0");
        });
    }

    @Test
    void aDeprecatedIdIsAWarning() throws Exception {
        LicenseCheckResult result = check("GPL-3.0");

        assertThat(result.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("license.deprecated-id");
            assertThat(d.isError()).isFalse();
        });
        assertThat(result.declared()).isEqualTo("GPL-3.0");
    }

    @Test
    void anUnknownExceptionIsAnError() throws Exception {
        assertThat(check("GPL-2.0-only WITH No-Such-exception").diagnostics().all())
                .extracting(Diagnostic::code).containsExactly("license.unknown-exception");
    }

    @Test
    void everySourceLicenceIsCheckedWhereItStands() throws Exception {
        LicenseCheckResult result = check("CC-BY-4.0", String.join("\n",
                "provenance:",
                "  origin: derived",
                "  sources:",
                "    - {title: CBIS-DDSM, license: CC-BY-3.0, use: adapt}",
                "    - {title: Mystery set, license: unknown, use: copy}"));

        assertThat(result.sources()).extracting(SourceVerdict::license).containsExactly("CC-BY-3.0", "");
        assertThat(result.diagnostics().all()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("license.review");
            assertThat(d.pointer()).isEqualTo("/provenance/sources/1/license");
            assertThat(d.line()).isEqualTo(14);
            assertThat(d.message()).contains("Mystery set", "UNKNOWN_LICENSE");
        });
    }
}
