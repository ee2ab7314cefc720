package org.datasetkit.core.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** phash-v1 finds the usual copies of an image and tells different images apart, at the default threshold. */
class PerceptualHashTest {

    private static final int IMAGES = 200;
    private final PerceptualHash phash = new PerceptualHash();

    private long hash(BufferedImage image) {
        return phash.hash(GreyImage.of(image)).orElseThrow();
    }

    private double recall(UnaryOperator<BufferedImage> copy) {
        int found = 0;
        for (int i = 0; i < IMAGES; i++) {
            BufferedImage original = GeneratedImages.scan(i, 128);
            if (PerceptualHash.distance(hash(original), hash(copy.apply(original))) <= CopyCheck.DEFAULT_THRESHOLD) {
                found++;
            }
        }
        return (double) found / IMAGES;
    }

    @Test
    void findsCopiesReEncodedResizedWindowedAndReducedToEightBit() {
        assertThat(recall(i -> i)).as("copy").isEqualTo(1.0);
        assertThat(recall(i -> {
            try {
                return GeneratedImages.jpegCopy(i);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).as("JPEG quality 75").isGreaterThanOrEqualTo(0.95);
        assertThat(recall(GeneratedImages::halfSize)).as("half size").isGreaterThanOrEqualTo(0.95);
        assertThat(recall(GeneratedImages::windowed)).as("windowed").isGreaterThanOrEqualTo(0.95);
        assertThat(recall(GeneratedImages::eightBit)).as("16 to 8 bit").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aThousandDifferentImagesGiveNoFalseMatch() {
        long[] hashes = new long[1000];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash(GeneratedImages.scan(10_000 + i, 128));
        }
        int closest = 64;
        for (int i = 0; i < hashes.length; i++) {
            for (int j = i + 1; j < hashes.length; j++) {
                closest = Math.min(closest, PerceptualHash.distance(hashes[i], hashes[j]));
            }
        }
        assertThat(closest).as("the closest pair of different images").isGreaterThan(CopyCheck.DEFAULT_THRESHOLD);
    }

    @Test
    void aFlatImageHasNoHash() {
        BufferedImage flat = new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_GRAY);
        assertThat(phash.hash(GreyImage.of(flat))).isEmpty();
    }

    @Test
    void theIndexFindsWhatComparingEveryPairFinds() {
        Random r = new Random(7);
        long[] hashes = new long[3000];
        for (int i = 0; i < hashes.length; i++) {
            // clusters of nearby hashes, so that there is something within the threshold to find
            hashes[i] = i % 3 == 0 ? r.nextLong() : hashes[i - 1] ^ (1L << r.nextInt(64)) ^ (1L << r.nextInt(64))
                    ^ (1L << r.nextInt(64)) ^ (1L << r.nextInt(64)) ^ (1L << r.nextInt(64));
        }
        HammingIndex index = new HammingIndex(hashes);
        for (int t : new int[] {0, 3, 8, 11}) {
            for (int q = 0; q < hashes.length; q += 7) {
                List<Integer> expected = new ArrayList<>();
                for (int i = 0; i < hashes.length; i++) {
                    if (PerceptualHash.distance(hashes[q], hashes[i]) <= t) {
                        expected.add(i);
                    }
                }
                List<Integer> found = new ArrayList<>();
                index.near(hashes[q], t, found::add);
                assertThat(found).as("threshold %d, query %d", t, q).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }
}
