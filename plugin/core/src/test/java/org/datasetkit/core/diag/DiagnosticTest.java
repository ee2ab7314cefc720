package org.datasetkit.core.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void formatsCompilerStyle() {
        Diagnostic d = new Diagnostic(Severity.ERROR, "schema.type", "datasheet.yaml", 14, 9, "/version",
                "version: number found, string expected", "quote it");

        assertThat(d.format()).isEqualTo(
                "datasheet.yaml:14:9: error [schema.type] version: number found, string expected (hint: quote it)");
        assertThat(Diagnostic.warning("x.y", "data/a.csv", "odd", "").format()).isEqualTo("data/a.csv: warning [x.y] odd");
    }

    @Test
    void summariesAndThePolicy() {
        Diagnostics some = new Diagnostics(List.of(Diagnostic.warning("w", "f", "m", "")));

        assertThat(some.summary()).isEqualTo("0 errors, 1 warning");
        assertThat(some.failUnder(FailurePolicy.ERROR)).isFalse();
        assertThat(some.failUnder(FailurePolicy.WARNING)).isTrue();
        assertThat(Diagnostics.none().summary()).isEqualTo("no problems");
        assertThat(FailurePolicy.parse("Warning")).isEqualTo(FailurePolicy.WARNING);
        assertThatThrownBy(() -> FailurePolicy.parse("never")).hasMessageContaining("must be 'error' or 'warning', not 'never'");
    }
}
