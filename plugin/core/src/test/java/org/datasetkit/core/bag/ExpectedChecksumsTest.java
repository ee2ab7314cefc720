package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected checksums kept as bytes answer what the manifests said, in hex, per algorithm and file. */
class ExpectedChecksumsTest {

    @Test
    void eachFileHasTheChecksumsItsManifestsGaveAndNoOthers() {
        ExpectedChecksums expected = new ExpectedChecksums(3);
        String a = "00ff".repeat(16);
        String b = "0123456789abcdef".repeat(4);
        expected.column(ManifestAlgorithm.SHA256).put(0, a);
        expected.column(ManifestAlgorithm.SHA256).put(2, b);
        expected.column(ManifestAlgorithm.SHA512).put(2, b + b);

        assertThat(expected.column(ManifestAlgorithm.SHA256).hex(0)).isEqualTo(a);
        assertThat(expected.column(ManifestAlgorithm.SHA256).hex(1)).isNull();
        assertThat(expected.column(ManifestAlgorithm.SHA256).hex(2)).isEqualTo(b);
        assertThat(expected.column(ManifestAlgorithm.SHA512).hex(2)).isEqualTo(b + b);
        assertThat(expected.algorithmsOf(0)).containsExactly(ManifestAlgorithm.SHA256);
        assertThat(expected.algorithmsOf(1)).isEmpty();
        assertThat(expected.algorithmsOf(2)).containsExactly(ManifestAlgorithm.SHA256, ManifestAlgorithm.SHA512);

        expected.column(ManifestAlgorithm.SHA256).remove(2);
        assertThat(expected.listed(ManifestAlgorithm.SHA256, 2)).isFalse();
        assertThat(expected.algorithmsOf(2)).containsExactly(ManifestAlgorithm.SHA512);
    }
}
