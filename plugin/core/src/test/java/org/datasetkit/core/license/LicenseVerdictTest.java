package org.datasetkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.DatasheetSchema;
import org.datasetkit.core.datasheet.DatasheetValidator;
import org.datasetkit.core.datasheet.ValidationRequest;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verdicts for whole datasheets: one declared licence, its sources, and what the build is told. */
class LicenseVerdictTest {

    private static LicenseChecker checker;
    private static DatasheetValidator validator;
    private static final Set<ReasonCode> SEEN = EnumSet.noneOf(ReasonCode.class);

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        checker = new LicenseChecker(new SpdxLicenseList(), LicenseRegistry.builtIn());
        validator = new DatasheetValidator(new DatasheetSchema());
    }

    /** Every reason code is produced by at least one scenario below. */
    @AfterAll
    static void everyReasonCodeIsCovered() {
        assertThat(EnumSet.complementOf(EnumSet.copyOf(SEEN.isEmpty() ? EnumSet.of(ReasonCode.SA_CONFLICT) : SEEN)))
                .as("reason codes no test produced").isEmpty();
    }

    /** "title|licence|use" per source. */
    private LicenseCheckResult check(String declared, String... sources) throws Exception {
        List<String> lines = new ArrayList<>(List.of("provenance:", "  origin: derived", "  sources:"));
        for (String s : sources) {
            String[] f = s.split("\\|");
            lines.add("    - {title: \"" + f[0] + "\", license: \"" + f[1] + "\", use: " + f[2]
                    + (f.length > 3 ? ", " + f[3] : "") + "}");
        }
        boolean custom = declared.contains("LicenseRef-");
        String sheet = Datasets.MINIMAL_DATASHEET
                .replace("license: {spdx: CC-BY-4.0}", "license: {spdx: \"" + declared + "\"" + (custom ? ", textFile: T.txt}" : "}"))
                .replace("provenance: {origin: original}", String.join("\n", lines));
        Datasets.write(dir, "datasheet.yaml", sheet);
        Datasets.write(dir, "T.txt", "terms");
        var validation = validator.validate(new ValidationRequest(dir, Optional.empty(), Optional.empty()));
        assertThat(validation.diagnostics().all()).as("datasheet").noneMatch(Diagnostic::isError);
        Datasheet datasheet = validation.datasheet().orElseThrow();
        LicenseCheckResult result = checker.check(datasheet, dir);
        result.sources().forEach(v -> SEEN.addAll(v.judgement().reasons()));
        return result;
    }

    private static SourceVerdict only(LicenseCheckResult r) {
        assertThat(r.sources()).hasSize(1);
        return r.sources().get(0);
    }

    @Test
    void aCcByCopyRelicensedCc0IsIncompatibleWithAnExplanationAndAFix() throws Exception {
        LicenseCheckResult r = check("CC0-1.0", "CBIS-DDSM|CC-BY-3.0|copy");

        SourceVerdict v = only(r);
        assertThat(v.verdict()).isEqualTo(Verdict.INCOMPATIBLE);
        assertThat(v.judgement().reasons()).containsExactly(ReasonCode.RELICENSE_UNMODIFIED, ReasonCode.ATTRIBUTION_DROPPED);
        assertThat(v.fix()).contains("declare CC-BY-3.0");
        assertThat(r.overall()).isEqualTo(Verdict.INCOMPATIBLE);
        assertThat(r.diagnostics().all()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("license.incompatible");
            assertThat(d.message()).startsWith("CBIS-DDSM (CC-BY-3.0, copy) -> CC0-1.0: INCOMPATIBLE [RELICENSE_UNMODIFIED, ATTRIBUTION_DROPPED].")
                    .contains("must keep its licence");
            assertThat(d.line()).isEqualTo(13);
        });
    }

    @Test
    void anNcSourceAdaptedUnderNcSaCarriesObligations() throws Exception {
        SourceVerdict v = only(check("CC-BY-NC-SA-4.0", "HAM10000|CC-BY-NC-4.0|adapt"));

        assertThat(v.verdict()).isEqualTo(Verdict.COMPATIBLE_WITH_OBLIGATIONS);
        assertThat(v.judgement().reasons()).containsExactly(ReasonCode.ATTRIBUTION_REQUIRED);
    }

    @Test
    void shareAlikeAndNonCommercialShareAlikeCannotBeMerged() throws Exception {
        LicenseCheckResult r = check("CC-BY-NC-SA-4.0", "A|CC-BY-SA-4.0|adapt", "B|CC-BY-NC-SA-4.0|adapt");

        assertThat(r.overall()).isEqualTo(Verdict.INCOMPATIBLE);
        assertThat(r.sources()).allSatisfy(v -> {
            assertThat(v.verdict()).isEqualTo(Verdict.INCOMPATIBLE);
            assertThat(v.judgement().reasons()).contains(ReasonCode.SA_CONFLICT);
        });
        assertThat(r.acceptable()).isEmpty();
    }

    @Test
    void nonCommercialAndCdlaSharingCannotBeMerged() throws Exception {
        LicenseCheckResult r = check("CC-BY-NC-4.0", "A|CC-BY-NC-4.0|adapt", "B|CDLA-Sharing-1.0|adapt");

        assertThat(r.sources()).allSatisfy(v -> assertThat(v.judgement().reasons()).contains(ReasonCode.COMBINATION_CONFLICT));
    }

    @Test
    void aPhysioNetSourceCopiedUnderAnyOpenLicenceIsIncompatible() throws Exception {
        for (String open : List.of("CC0-1.0", "CC-BY-4.0", "CC-BY-NC-SA-4.0", "ODbL-1.0", "CDLA-Permissive-2.0")) {
            SourceVerdict v = only(check(open, "MIMIC-CXR|LicenseRef-PhysioNet-Credentialed-Health-Data-1.5.0|copy"));
            assertThat(v.verdict()).as(open).isEqualTo(Verdict.INCOMPATIBLE);
            assertThat(v.judgement().reasons()).containsExactly(ReasonCode.RESTRICTED_NO_REDISTRIBUTION);
            assertThat(v.fix()).contains("use: reference");
        }
    }

    @Test
    void theSameAgreementThroughTheStewardNeedsReview() throws Exception {
        SourceVerdict v = only(check("LicenseRef-PhysioNet-Credentialed-Health-Data-1.5.0",
                "MIMIC-CXR|LicenseRef-PhysioNet-Credentialed-Health-Data-1.5.0|adapt"));

        assertThat(v.judgement().reasons()).containsExactly(ReasonCode.STEWARD_CHANNEL_ONLY);
    }

    @Test
    void aVagueFamilyNeedsReview() throws Exception {
        LicenseCheckResult r = check("CC-BY-4.0", "Kaggle copy|cc|adapt");

        assertThat(only(r).verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(only(r).judgement().reasons()).containsExactly(ReasonCode.VAGUE_LICENSE);
        assertThat(r.diagnostics().all()).filteredOn(Diagnostic::isError).extracting(Diagnostic::code).containsExactly("license.review");
    }

    @Test
    void aRecordedReviewTurnsTheReviewIntoAWarning() throws Exception {
        LicenseCheckResult r = check("CC-BY-4.0",
                "Kaggle copy|cc|adapt|licenseReview: {reviewer: \"Doe, Jane\", date: 2026-05-02, conclusion: \"the uploader confirmed CC-BY-4.0\"}");

        assertThat(r.diagnostics().all()).noneMatch(Diagnostic::isError);
        assertThat(r.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("license.review-accepted");
            assertThat(d.message()).contains("Doe, Jane", "2026-05-02");
        });
    }

    @Test
    void unknownAndUnregisteredLicencesNeedReview() throws Exception {
        assertThat(only(check("CC-BY-4.0", "A|unknown|copy")).judgement().reasons()).containsExactly(ReasonCode.UNKNOWN_LICENSE);
        assertThat(only(check("CC-BY-4.0", "A|LicenseRef-Someones-Terms|adapt")).judgement().reasons())
                .containsExactly(ReasonCode.CUSTOM_LICENSE_NEEDS_REVIEW);
    }

    @Test
    void platformSpellingsAreNormalisedWithAWarning() throws Exception {
        LicenseCheckResult r = check("CC-BY-4.0", "HF copy|cc-by-4.0|copy", "Free text|CC BY 4.0|copy",
                "Long name|Creative Commons Attribution 4.0 International|copy", "Kaggle|ODC-BY-1.0|adapt");

        assertThat(r.sources()).extracting(SourceVerdict::license)
                .containsExactly("CC-BY-4.0", "CC-BY-4.0", "CC-BY-4.0", "ODC-By-1.0");
        assertThat(r.diagnostics().all()).filteredOn(d -> d.code().equals("license.normalized")).hasSize(4);
        assertThat(r.overall()).isEqualTo(Verdict.COMPATIBLE_WITH_OBLIGATIONS);
        assertThat(r.sources().get(0).judgement().reasons()).containsExactly(ReasonCode.ATTRIBUTION_REQUIRED);
    }

    @Test
    void referencesShipNothing() throws Exception {
        assertThat(only(check("CC0-1.0", "A|CC-BY-NC-ND-4.0|reference")).verdict()).isEqualTo(Verdict.COMPATIBLE);
        assertThat(only(check("CC0-1.0", "A|LicenseRef-Stanford-CheXpert-RUA|reference")).judgement().reasons())
                .containsExactly(ReasonCode.REFERENCE_TO_RESTRICTED);
    }

    @Test
    void computationalUseTermsTravelOnlyUnderThemselves() throws Exception {
        assertThat(only(check("CC-BY-4.0", "A|C-UDA-1.0|adapt")).judgement().reasons())
                .containsExactly(ReasonCode.USE_RESTRICTION_DROPPED);
        assertThat(only(check("C-UDA-1.0", "A|C-UDA-1.0|copy")).judgement().reasons()).containsExactly(ReasonCode.SAME_AGREEMENT);
    }

    @Test
    void publicDomainSourcesAllowAnything() throws Exception {
        assertThat(only(check("CC-BY-NC-4.0", "A|CC0-1.0|adapt")).judgement().reasons()).containsExactly(ReasonCode.PUBLIC_DOMAIN);
        assertThat(only(check("CC-BY-4.0", "A|PDDL-1.0|copy")).judgement().reasons())
                .containsExactly(ReasonCode.PUBLIC_DOMAIN, ReasonCode.PD_RELABELLED);
    }

    @Test
    void derivativeRules() throws Exception {
        assertThat(only(check("CC-BY-4.0", "A|CC-BY-ND-4.0|adapt")).judgement().reasons()).containsExactly(ReasonCode.ND_NO_ADAPTATION);
        assertThat(only(check("CC-BY-ND-4.0", "A|CC-BY-4.0|adapt")).judgement().reasons())
                .containsExactly(ReasonCode.ND_NOT_RECOMMENDED, ReasonCode.ATTRIBUTION_REQUIRED);
    }

    @Test
    void shareAlikeRules() throws Exception {
        assertThat(only(check("CC-BY-4.0", "A|CC-BY-SA-4.0|adapt")).judgement().reasons())
                .containsExactly(ReasonCode.SA_REQUIRES_SAME_LICENSE);
        assertThat(only(check("CC-BY-SA-3.0", "A|CC-BY-SA-4.0|adapt")).judgement().reasons())
                .containsExactly(ReasonCode.SA_VERSION_DOWNGRADE);
        assertThat(only(check("CC-BY-SA-4.0", "A|CC-BY-SA-3.0|adapt")).verdict()).isEqualTo(Verdict.COMPATIBLE);
        assertThat(only(check("CC-BY-SA-4.0", "A|CC-BY-SA-2.0+|adapt")).verdict()).isEqualTo(Verdict.COMPATIBLE);
        assertThat(only(check("GPL-3.0-or-later", "A|CC-BY-SA-4.0|adapt")).judgement().reasons())
                .containsExactly(ReasonCode.ONE_WAY_COMPATIBLE);
    }

    @Test
    void attributionRules() throws Exception {
        assertThat(only(check("CC-BY-4.0", "A|CC-BY-NC-4.0|adapt")).judgement().reasons()).containsExactly(ReasonCode.NC_DROPPED);
        assertThat(only(check("LicenseRef-KI-CSAW-CC", "A|CC-BY-4.0|adapt")).judgement().reasons())
                .containsExactly(ReasonCode.BY_RESTRICTED_DOWNSTREAM);
        assertThat(only(check("GPL-3.0-or-later", "A|ODC-By-1.0|adapt")).judgement().reasons())
                .containsExactly(ReasonCode.DATA_TO_SOFTWARE_LICENSE);
        assertThat(only(check("CC-BY-4.0", "A|CDLA-Permissive-2.0|adapt")).judgement().reasons())
                .containsExactly(ReasonCode.LICENSE_TEXT_REQUIRED);
    }

    @Test
    void aCollectionKeepsEachPartUnderItsOwnLicence() throws Exception {
        LicenseCheckResult r = check("CC0-1.0 AND CC-BY-4.0", "A|CC-BY-4.0|collect", "B|CC0-1.0|collect");

        assertThat(r.sources().get(0).judgement().reasons()).containsExactly(ReasonCode.PER_PART_LICENSING, ReasonCode.ATTRIBUTION_REQUIRED);
        assertThat(r.overall()).isEqualTo(Verdict.COMPATIBLE_WITH_OBLIGATIONS);
    }

    @Test
    void aDeclaredChoiceMustSuitEveryOption() throws Exception {
        assertThat(only(check("CC-BY-NC-4.0 OR CC-BY-4.0", "A|CC-BY-NC-4.0|adapt")).verdict()).isEqualTo(Verdict.INCOMPATIBLE);
        assertThat(only(check("CC-BY-4.0", "A|CC-BY-NC-4.0 OR CC-BY-4.0|adapt")).verdict())
                .isEqualTo(Verdict.COMPATIBLE_WITH_OBLIGATIONS);
    }

    @Test
    void aPerPathLicenceIsCheckedAgainstTheSourceUnderIt() throws Exception {
        LicenseCheckResult r = check("CC-BY-4.0", "Annotations|CC-BY-NC-4.0|adapt|paths: [\"data/annotations/**\"]");
        assertThat(only(r).verdict()).isEqualTo(Verdict.INCOMPATIBLE);

        String sheet = java.nio.file.Files.readString(dir.resolve("datasheet.yaml")).replace("license: {spdx: \"CC-BY-4.0\"}",
                "license: {spdx: \"CC-BY-4.0\", files: [{paths: [\"data/annotations/**\"], spdx: CC-BY-NC-4.0}]}");
        Datasets.write(dir, "datasheet.yaml", sheet);
        Datasheet datasheet = validator.validate(new ValidationRequest(dir, Optional.empty(), Optional.empty())).datasheet().orElseThrow();
        SourceVerdict perPath = only(checker.check(datasheet, dir));

        assertThat(perPath.declared()).isEqualTo("CC-BY-NC-4.0");
        assertThat(perPath.verdict()).isEqualTo(Verdict.COMPATIBLE_WITH_OBLIGATIONS);
    }

    @Test
    void anSndDatabaseFromAnUnportedCc3SourceIsWarnedAboutDatabaseRights() throws Exception {
        check("CC-BY-4.0", "CBIS-DDSM|CC-BY-3.0|adapt");
        String sheet = java.nio.file.Files.readString(dir.resolve("datasheet.yaml")).replace("schemaVersion: \"1.0\"",
                "schemaVersion: \"1.0\"\nprofiles: [core, snd]");
        // Read without the profile checks: the snd profile asks for much more than this test writes.
        Datasheet datasheet = org.datasetkit.core.datasheet.TypedDatasheetReader.read(new org.datasetkit.core.datasheet.StrictDatasheetReader()
                .read(Datasets.write(dir, "datasheet.yaml", sheet), "datasheet.yaml"));

        assertThat(checker.check(datasheet, dir).diagnostics().all()).extracting(Diagnostic::code)
                .contains("license.sgdr-not-covered");
    }

    @Test
    void aProjectRegistryTeachesNewTerms() throws Exception {
        Path csv = Datasets.write(dir, "licenses.csv", "id,name,url,family,version,pd,by,sa,nc,nd,use,redistribution,text,targets\n"
                + "LicenseRef-Hospital-Open,Hospital open data terms,https://example.org/terms,custom,1.0,N,Y,-,N,N,-,Y,N,\n");
        LicenseChecker withProjectTerms = new LicenseChecker(new SpdxLicenseList(), LicenseRegistry.builtIn().with(csv));
        check("CC-BY-4.0", "Hospital scans|LicenseRef-Hospital-Open|adapt");
        Datasheet datasheet = validator.validate(new ValidationRequest(dir, Optional.empty(), Optional.empty())).datasheet().orElseThrow();

        SourceVerdict v = withProjectTerms.check(datasheet, dir).sources().get(0);

        assertThat(v.verdict()).isEqualTo(Verdict.COMPATIBLE_WITH_OBLIGATIONS);
        assertThat(v.judgement().reasons()).containsExactly(ReasonCode.ATTRIBUTION_REQUIRED);
    }

    @Test
    void aBrokenProjectRegistryNamesTheLine() throws Exception {
        Path csv = Datasets.write(dir, "licenses.csv", "id,name\nLicenseRef-X,too few columns\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LicenseRegistry.builtIn().with(csv))
                .hasMessageContaining("licenses.csv:2").hasMessageContaining("14 comma-separated columns");
    }

    @Test
    void theNoticeAttributesEverySourceAndTextsThatMustTravelAreNamed() throws Exception {
        LicenseCheckResult r = check("ODbL-1.0", "OSM extract|ODbL-1.0|adapt|creator: OpenStreetMap contributors",
                "Scans|CC-BY-4.0|adapt|identifier: \"10.7937/K9/TCIA.2016.7O02S9CY\", modifications: \"cropped to the lesion\"");

        assertThat(r.notice()).contains("Licensed under ODbL-1.0 (Open Data Commons Open Database License v1.0",
                "1. OSM extract", "Creator: OpenStreetMap contributors", "2. Scans",
                "Identifier: https://doi.org/10.7937/K9/TCIA.2016.7O02S9CY", "Changes made: cropped to the lesion",
                "Licence: CC-BY-4.0 (Creative Commons BY 4.0, https://creativecommons.org/licenses/by/4.0/)");
        assertThat(r.textsToShip()).containsExactly("ODbL-1.0");
    }
}
