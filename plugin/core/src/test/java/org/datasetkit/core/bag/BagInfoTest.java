package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BagInfoTest {

    @Test
    void rendersOrderedLabelsOnOneLineEach() {
        BagInfo info = new BagInfo(List.of(new BagInfo.Field("Source-Organization", "Karolinska\n  Institutet"),
                new BagInfo.Field("Payload-Oxum", "12.3")));

        assertThat(new String(info.render(), StandardCharsets.UTF_8))
                .isEqualTo("Source-Organization: Karolinska Institutet\nPayload-Oxum: 12.3\n");
    }

    @Test
    void bagSizeIsHumanReadable() {
        assertThat(BagInfo.humanSize(999)).isEqualTo("999 bytes");
        assertThat(BagInfo.humanSize(42_600_000_000L)).isEqualTo("42.6 GB");
    }
}
