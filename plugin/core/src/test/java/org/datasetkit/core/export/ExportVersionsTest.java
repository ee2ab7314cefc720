package org.datasetkit.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExportVersionsTest {

    @Test
    void defaultsAreRoCrate12AndDataCite46() {
        assertThat(ExportVersions.defaults()).isEqualTo(new ExportVersions("1.2", "4.6"));
        assertThat(new ExportVersions(" 1.3 ", "4.7")).isEqualTo(new ExportVersions("1.3", "4.7"));
    }

    @Test
    void anUnknownVersionIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> new ExportVersions("1.1", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be one of the RO-Crate versions [1.2, 1.3], not '1.1'");
        assertThatThrownBy(() -> new ExportVersions(null, "4.5")).hasMessageContaining("DataCite versions [4.6, 4.7]");
    }
}
