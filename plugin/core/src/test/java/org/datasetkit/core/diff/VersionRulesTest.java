package org.datasetkit.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VersionRulesTest {

    private final VersionRules rules = VersionRules.defaults();

    @Test
    void theDocumentedDefaults() {
        assertThat(rules.required(Set.of(ChangeKind.FILE_CHANGED, ChangeKind.FILE_ADDED))).isEqualTo(Bump.MAJOR);
        assertThat(rules.required(Set.of(ChangeKind.FILE_REMOVED))).isEqualTo(Bump.MAJOR);
        assertThat(rules.required(Set.of(ChangeKind.LICENSE_CHANGED))).isEqualTo(Bump.MAJOR);
        assertThat(rules.required(Set.of(ChangeKind.ACCESS_CHANGED))).isEqualTo(Bump.MAJOR);
        assertThat(rules.required(Set.of(ChangeKind.COLUMN_RENAMED))).isEqualTo(Bump.MAJOR);
        assertThat(rules.required(Set.of(ChangeKind.FILE_ADDED, ChangeKind.ROWS_ADDED))).isEqualTo(Bump.MINOR);
        assertThat(rules.required(Set.of(ChangeKind.METADATA_CHANGED))).isEqualTo(Bump.PATCH);
        assertThat(rules.required(Set.of())).isEqualTo(Bump.PATCH);
    }

    @Test
    void overridesByCodeAndBadOnesNamed() {
        VersionRules lenient = VersionRules.parse(Map.of("file.changed", "minor"));
        assertThat(lenient.required(Set.of(ChangeKind.FILE_CHANGED))).isEqualTo(Bump.MINOR);
        assertThatThrownBy(() -> VersionRules.parse(Map.of("file.edited", "minor")))
                .hasMessageContaining("'file.edited' is not a kind of change").hasMessageContaining("file.changed");
        assertThatThrownBy(() -> VersionRules.parse(Map.of("file.changed", "huge")))
                .hasMessageContaining("file.changed must be major, minor or patch");
    }

    @Test
    void semanticVersionsBumpAndCompareByTheirNumbers() {
        SemanticVersion v = SemanticVersion.parse("1.2.3").orElseThrow();
        assertThat(v.bump(Bump.MAJOR)).hasToString("2.0.0");
        assertThat(v.bump(Bump.MINOR)).hasToString("1.3.0");
        assertThat(v.bump(Bump.PATCH)).hasToString("1.2.4");
        assertThat(SemanticVersion.parse("1.10.0").orElseThrow()).isGreaterThan(SemanticVersion.parse("1.9.0").orElseThrow());
        assertThat(SemanticVersion.parse("2.0.0-rc.1").orElseThrow()).isEqualByComparingTo(SemanticVersion.parse("2.0.0").orElseThrow());
        assertThat(SemanticVersion.parse("1.0")).isEmpty();
        assertThat(SemanticVersion.parse("01.0.0")).isEmpty();
    }
}
