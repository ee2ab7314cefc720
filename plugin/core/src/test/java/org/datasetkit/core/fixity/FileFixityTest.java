package org.datasetkit.core.fixity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.datasetkit.core.dataset.DatasetFile;
import org.junit.jupiter.api.Test;

class FileFixityTest {

    private static final DatasetFile FILE = DatasetFile.of("a.csv", Path.of("/d"), 3, 0, "");
    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

    @Test
    void checksumsAreKeptAsBytesAndSpeltInLowerCaseHexWhenAsked() {
        byte[] sha256 = DigestAlgorithm.SHA256.newDigest().digest(ABC);
        byte[] md5 = DigestAlgorithm.MD5.newDigest().digest(ABC);
        byte[] packed = new byte[sha256.length + md5.length];
        System.arraycopy(sha256, 0, packed, 0, sha256.length);
        System.arraycopy(md5, 0, packed, sha256.length, md5.length);
        FileFixity f = new FileFixity(FILE, List.of(DigestAlgorithm.SHA256, DigestAlgorithm.MD5), packed, false, 7);
        assertThat(f.digest(DigestAlgorithm.SHA256))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(f.digest(DigestAlgorithm.MD5)).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
        assertThat(f.digest(DigestAlgorithm.SHA512)).isNull();
        assertThat(f.has(DigestAlgorithm.MD5)).isTrue();
        assertThat(f.has(DigestAlgorithm.SHA1)).isFalse();
        assertThat(f.digests()).containsExactly(
                Map.entry(DigestAlgorithm.SHA256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                Map.entry(DigestAlgorithm.MD5, "900150983cd24fb0d6963f7d28e17f72"));
        Utf8Buffer text = new Utf8Buffer(8);
        f.appendHex(DigestAlgorithm.MD5, text);
        assertThat(new String(text.toByteArray(), StandardCharsets.US_ASCII)).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
    }

    @Test
    void hexGivenInEitherCaseIsTheSameChecksumAndEqualsComparesTheBytes() {
        FileFixity lower = new FileFixity(FILE, Map.of(DigestAlgorithm.MD5, "900150983cd24fb0d6963f7d28e17f72"), false);
        FileFixity upper = new FileFixity(FILE, Map.of(DigestAlgorithm.MD5, "900150983CD24FB0D6963F7D28E17F72"), false);
        assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower);
        assertThat(upper.digest(DigestAlgorithm.MD5)).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
        assertThat(new FileFixity(FILE, Map.of(DigestAlgorithm.MD5, "000150983cd24fb0d6963f7d28e17f72"), false))
                .isNotEqualTo(lower);
    }

    @Test
    void theBytesCannotBeChangedFromOutside() {
        FileFixity f = new FileFixity(FILE, Map.of(DigestAlgorithm.MD5, "900150983cd24fb0d6963f7d28e17f72"), false);
        f.packedDigests()[0] = 0;
        assertThat(f.digest(DigestAlgorithm.MD5)).startsWith("90");
    }

    @Test
    void checksumsOfTheWrongLengthOrNotHexAreRefusedSayingWhy() {
        assertThatThrownBy(() -> new FileFixity(FILE, List.of(DigestAlgorithm.SHA256), new byte[31], false, 0))
                .hasMessageContaining("31 bytes").hasMessageContaining("32");
        assertThatThrownBy(() -> new FileFixity(FILE, Map.of(DigestAlgorithm.MD5, "abc"), false))
                .hasMessageContaining("32 hex digits, not 3");
        assertThatThrownBy(() -> new FileFixity(FILE, Map.of(DigestAlgorithm.MD5, "g00150983cd24fb0d6963f7d28e17f72"), false))
                .hasMessageContaining("not a hex checksum");
        assertThatThrownBy(() -> new FileFixity(FILE, Map.of(DigestAlgorithm.MD5, "\u0669" + "00150983cd24fb0d6963f7d28e17f72"), false))
                .hasMessageContaining("not a hex checksum"); // an Arabic-Indic nine is a digit, not a hex digit
    }
}
