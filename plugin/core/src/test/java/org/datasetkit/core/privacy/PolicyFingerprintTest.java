package org.datasetkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;

/** Whatever can change a finding changes the fingerprint the gate's cache is kept under. */
class PolicyFingerprintTest {

    private static final PrivacyPolicy BASE = new PrivacyPolicy(true, Set.of("cleanGraphics"),
            Optional.of(Pattern.compile("^ANON-\\d{6}$")), new LinkedHashSet<>(List.of("20990909", "19000101")),
            Set.of("SIEMENS CSA"), Set.of("a.dcm (0008,0080)"), "DICOM PS3.15 Basic Profile");

    private static String of(PrivacyPolicy policy) {
        return PolicyFingerprint.of(policy, FileChecks.builtIn(), "1.0").orElseThrow();
    }

    /** One variant per component of the policy: a component added later needs its own line here. */
    private static final List<PrivacyPolicy> EACH_COMPONENT_CHANGED = List.of(
            new PrivacyPolicy(false, BASE.options(), BASE.pseudonym(), BASE.dummyValues(), BASE.privateCreators(),
                    BASE.allowList(), BASE.declaredMethod()),
            new PrivacyPolicy(true, Set.of("cleanPixelData"), BASE.pseudonym(), BASE.dummyValues(), BASE.privateCreators(),
                    BASE.allowList(), BASE.declaredMethod()),
            new PrivacyPolicy(true, BASE.options(), Optional.of(Pattern.compile("^ANON-\\d{7}$")), BASE.dummyValues(),
                    BASE.privateCreators(), BASE.allowList(), BASE.declaredMethod()),
            new PrivacyPolicy(true, BASE.options(), BASE.pseudonym(), Set.of(), BASE.privateCreators(),
                    BASE.allowList(), BASE.declaredMethod()),
            new PrivacyPolicy(true, BASE.options(), BASE.pseudonym(), BASE.dummyValues(), Set.of(),
                    BASE.allowList(), BASE.declaredMethod()),
            new PrivacyPolicy(true, BASE.options(), BASE.pseudonym(), BASE.dummyValues(), BASE.privateCreators(),
                    Set.of("a.dcm (0008,0080)", "b.dcm (0008,0080)"), BASE.declaredMethod()),
            new PrivacyPolicy(true, BASE.options(), BASE.pseudonym(), BASE.dummyValues(), BASE.privateCreators(),
                    BASE.allowList(), "another method"));

    @Test
    void everyComponentOfThePolicyIsPartOfIt() {
        assertThat(EACH_COMPONENT_CHANGED).hasSize(PrivacyPolicy.class.getRecordComponents().length);
        assertThat(EACH_COMPONENT_CHANGED.stream().map(PolicyFingerprintTest::of).distinct())
                .hasSize(EACH_COMPONENT_CHANGED.size()).doesNotContain(of(BASE));
    }

    @Test
    void theSamePolicyGivesTheSameFingerprintWhateverTheOrderOfItsSets() {
        PrivacyPolicy reordered = new PrivacyPolicy(true, Set.of("cleanGraphics"), Optional.of(Pattern.compile("^ANON-\\d{6}$")),
                new LinkedHashSet<>(List.of("19000101", "20990909")), Set.of("SIEMENS CSA"), Set.of("a.dcm (0008,0080)"),
                "DICOM PS3.15 Basic Profile");

        assertThat(of(reordered)).isEqualTo(of(BASE));
    }

    @Test
    void anotherVersionOrSetOfChecksGivesAnotherFingerprint() {
        FileChecks fewer = FileChecks.of(FileChecks.builtIn().all().subList(0, 3));

        assertThat(PolicyFingerprint.of(BASE, FileChecks.builtIn(), "1.1")).isNotEqualTo(Optional.of(of(BASE)));
        assertThat(PolicyFingerprint.of(BASE, fewer, "1.0")).isNotEqualTo(Optional.of(of(BASE)));
    }

    @Test
    void aValueItCannotSpellLeavesNoFingerprintRatherThanPartOfOne() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> PolicyFingerprint.spell(new Object())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PolicyFingerprint.spell(Set.of("b", "a"))).isEqualTo(PolicyFingerprint.spell(Set.of("a", "b")));
        assertThat(PolicyFingerprint.spell(List.of("b", "a"))).isNotEqualTo(PolicyFingerprint.spell(List.of("a", "b")));
    }
}
