package org.datasetkit.core.fixity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DigestAlgorithmTest {

    @Test
    void hexIsLowerCaseTwoDigitsPerByteForEveryByteValue() {
        byte[] every = new byte[256];
        for (int i = 0; i < every.length; i++) {
            every[i] = (byte) i;
        }
        assertThat(DigestAlgorithm.toHex(every)).isEqualTo(HexFormat.of().formatHex(every));
        assertThat(DigestAlgorithm.toHex(new byte[] {0, (byte) 0x80, (byte) 0xff, 0x0f})).isEqualTo("0080ff0f");
        assertThat(DigestAlgorithm.toHex(new byte[0])).isEmpty();
        Random random = new Random(8493);
        for (int n = 0; n < 200; n++) {
            byte[] digest = new byte[random.nextInt(65)];
            random.nextBytes(digest);
            assertThat(DigestAlgorithm.toHex(digest)).isEqualTo(HexFormat.of().formatHex(digest));
        }
    }

    @Test
    void namesAreParsedLeniently() {
        assertThat(DigestAlgorithm.parse(" SHA-256 ")).isEqualTo(DigestAlgorithm.SHA256);
        assertThat(DigestAlgorithm.parse("sha512")).isEqualTo(DigestAlgorithm.SHA512);
        assertThat(DigestAlgorithm.ofManifestName("manifest-md5.txt", "manifest-")).isEqualTo(DigestAlgorithm.MD5);
        assertThat(DigestAlgorithm.ofManifestName("manifest-crc32.txt", "manifest-")).isNull();
        assertThatThrownBy(() -> DigestAlgorithm.parse("crc32")).hasMessageContaining("use sha256, sha512, sha1 or md5");
    }
}
