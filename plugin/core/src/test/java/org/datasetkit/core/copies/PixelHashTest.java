package org.datasetkit.core.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pixel hash follows its stated recipe, and a bit depth never passes for another. */
class PixelHashTest {

    @Test
    void sixteenBitSamplesAreHashedAsTwoBigEndianBytesAfterWidthHeightAndDepth() {
        GreyImage image = new GreyImage(2, 1, new float[] {1, 258}, 16);
        byte[] expected = HexFormat.of().parseHex("00000002" + "00000001" + "00000010" + "0001" + "0102");
        assertThat(Sha256.pixels(image)).isEqualTo(HexFormat.of().formatHex(Sha256.digest().digest(expected)));
    }

    @Test
    void eightBitSamplesAreOneByteAndDerivedValuesTheirFloatBits() {
        byte[] eight = HexFormat.of().parseHex("00000002" + "00000001" + "00000008" + "01" + "ff");
        assertThat(Sha256.pixels(new GreyImage(2, 1, new float[] {1, 255}, 8)))
                .isEqualTo(HexFormat.of().formatHex(Sha256.digest().digest(eight)));
        byte[] derived = HexFormat.of().parseHex("00000001" + "00000001" + "00000000" + "3fc00000");
        assertThat(Sha256.pixels(new GreyImage(1, 1, new float[] {1.5f})))
                .isEqualTo(HexFormat.of().formatHex(Sha256.digest().digest(derived)));
    }

    @Test
    void theSameSmallValuesAtEightAndSixteenBitsAreDifferentPixels() {
        BufferedImage eight = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage sixteen = new BufferedImage(40, 30, BufferedImage.TYPE_USHORT_GRAY);
        for (int i = 0; i < 40 * 30; i++) {
            eight.getRaster().setSample(i % 40, i / 40, 0, i % 256);
            sixteen.getRaster().setSample(i % 40, i / 40, 0, i % 256);
        }
        GreyImage a = GreyImage.of(eight);
        GreyImage b = GreyImage.of(sixteen);
        assertThat(a.values()).containsExactly(b.values());
        assertThat(Sha256.pixels(a)).isNotEqualTo(Sha256.pixels(b));
    }

    @Test
    void aSubImageIsReadFromItsOwnCornerOfTheSharedArray() {
        BufferedImage whole = GeneratedImages.scan(3, 64);
        BufferedImage part = whole.getSubimage(10, 20, 30, 25);
        GreyImage read = GreyImage.of(part);
        for (int y = 0; y < 25; y++) {
            for (int x = 0; x < 30; x++) {
                assertThat(read.values()[y * 30 + x]).isEqualTo(whole.getRaster().getSample(10 + x, 20 + y, 0));
            }
        }
        assertThat(read.bits()).isEqualTo(16);
    }

    @Test
    void aCacheFromBeforeThePixelHashsLayoutIsNotReused(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache.tsv");
        String sha = "a".repeat(64);
        FingerprintCache.write(cache, List.of(new FileFingerprint("x.png", 3, sha, "PNG",
                Optional.of("b".repeat(64)), OptionalLong.of(5), Optional.empty(), List.of())));
        assertThat(FingerprintCache.read(cache).get(sha)).isNotNull();
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(cache));
        lines.set(0, "# datasetkit fingerprint cache " + PerceptualHash.RECIPE); // the header before the layout
        Files.write(cache, lines);
        assertThat(FingerprintCache.read(cache).size()).isZero();
    }
}
