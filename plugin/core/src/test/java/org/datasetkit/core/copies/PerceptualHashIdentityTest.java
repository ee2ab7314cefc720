package org.datasetkit.core.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/**
 * phash-v1 is a published recipe: its hashes must never change. The hashes of 200 generated scans, of their
 * 8-bit, windowed, half-size and JPEG copies, and of odd sizes (narrower than the 32×32 thumbnail, not a multiple
 * of it) are pinned by one digest taken with the first implementation; a faster one must give the same bits.
 */
class PerceptualHashIdentityTest {

    private static final String PINNED = "c2138249f4f65502c769aa8a850667f4e7982df7ea9b0aacbed39bf550601adf";

    @Test
    void hashesStayBitIdenticalToTheFirstImplementation() throws IOException {
        var md = Sha256.digest();
        PerceptualHash phash = new PerceptualHash();
        for (int i = 0; i < 200; i++) {
            BufferedImage scan = GeneratedImages.scan(i, 96);
            for (BufferedImage copy : new BufferedImage[] {scan, GeneratedImages.eightBit(scan),
                    GeneratedImages.windowed(scan), GeneratedImages.halfSize(scan), GeneratedImages.jpegCopy(scan),
                    GeneratedImages.scan(i, 20 + i % 50)}) {
                long h = phash.hash(GreyImage.of(copy)).orElse(-1L);
                md.update(java.nio.ByteBuffer.allocate(8).putLong(h).array());
            }
        }
        assertThat(HexFormat.of().formatHex(md.digest())).isEqualTo(PINNED);
    }
}
