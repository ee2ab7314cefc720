package org.datasetkit.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.junit.jupiter.api.Test;

class PreviousBundleTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    @Test
    void theFastReadingAndTheGeneralReaderAgree() {
        byte[] ours = (A + "  data/x%25y.png\n" + B + "  data/labels.csv\n").getBytes(StandardCharsets.UTF_8);
        byte[] legacy = (A.toUpperCase() + " *data/x%25y.png\r\n" + B + "\tdata/labels.csv\r\n").getBytes(StandardCharsets.UTF_8);
        var fast = PreviousBundle.payloadChecksums(ours, StandardCharsets.UTF_8, DigestAlgorithm.SHA256);
        assertThat(fast).containsEntry("x%y.png", A).containsEntry("labels.csv", B).hasSize(2);
        assertThat(PreviousBundle.payloadChecksums(legacy, StandardCharsets.UTF_8, DigestAlgorithm.SHA256)).isEqualTo(fast);
    }
}
