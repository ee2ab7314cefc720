package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cheap test that lets auto compression store, without deflating, what deflate could not shrink: it must say so
 * of random bytes, and never of data deflate does shrink, even data whose byte values are as even as random ones.
 */
class ShrinkProbeTest {

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] csv(int n) {
        Random random = new Random(9);
        StringBuilder s = new StringBuilder();
        while (s.length() < n) {
            s.append(random.nextInt(100_000)).append(',').append(random.nextGaussian()).append(",label-")
                    .append(random.nextInt(40)).append('\n');
        }
        return Arrays.copyOf(s.toString().getBytes(StandardCharsets.US_ASCII), n);
    }

    @Test
    void randomBytesCannotShrinkFromFourKibibytesOn() {
        for (int n : new int[] {4096, 40_000, ShrinkProbe.SAMPLE, ShrinkProbe.SAMPLE + 1, 300_000}) {
            assertThat(ShrinkProbe.cannotShrink(random(n, n), n)).as("%d random bytes", n).isTrue();
        }
    }

    @Test
    void fewerThanFourKibibytesAreLeftToDeflate() {
        assertThat(ShrinkProbe.cannotShrink(random(4095, 1), 4095)).isFalse();
        assertThat(ShrinkProbe.cannotShrink(new byte[0], 0)).isFalse();
    }

    @Test
    void textAndCsvMayShrink() {
        assertThat(ShrinkProbe.cannotShrink(csv(50_000), 50_000)).isFalse();
        byte[] prose = "The quick brown fox jumps over the lazy dog; 0123456789.\n".repeat(2_000).getBytes(StandardCharsets.UTF_8);
        assertThat(ShrinkProbe.cannotShrink(prose, prose.length)).isFalse();
    }

    /** Byte values as even as random ones, yet deflate saves 90%: the repeats, not the frequencies, tell it. */
    @Test
    void oneRandomBlockRepeatedMayShrinkThoughItsBytesLookRandom() {
        byte[] block = random(4096, 2);
        byte[] repeated = new byte[ShrinkProbe.SAMPLE];
        for (int at = 0; at < repeated.length; at += block.length) {
            System.arraycopy(block, 0, repeated, at, block.length);
        }
        assertThat(ShrinkProbe.codingSaves(repeated, repeated.length)).as("frequencies alone").isLessThan(repeated.length / ShrinkProbe.MARGIN);

        assertThat(ShrinkProbe.cannotShrink(repeated, repeated.length)).isFalse();
    }

    /** Repeats as far apart as deflate's 32 KiB window still count. */
    @Test
    void aBlockOfThirtyKibibytesRepeatedMayShrink() {
        byte[] block = random(30_000, 3);
        byte[] repeated = new byte[ShrinkProbe.SAMPLE];
        for (int at = 0; at < repeated.length; at++) {
            repeated[at] = block[at % block.length];
        }
        assertThat(ShrinkProbe.cannotShrink(repeated, repeated.length)).isFalse();
    }

    /** Random bytes with 5% of them zeros: deflate saves 1-2%, the frequencies promise more than 1/64. */
    @Test
    void unevenByteValuesMayShrink() {
        byte[] skewed = random(ShrinkProbe.SAMPLE, 4);
        Random random = new Random(5);
        for (int i = 0; i < skewed.length; i++) {
            if (random.nextInt(100) < 8) {
                skewed[i] = 0;
            }
        }
        assertThat(ShrinkProbe.cannotShrink(skewed, skewed.length)).isFalse();
    }

    /** Only the first 64 KiB are looked at: a random head decides, whatever follows. */
    @Test
    void onlyTheSampleIsLookedAt() {
        byte[] file = Arrays.copyOf(random(ShrinkProbe.SAMPLE, 6), ShrinkProbe.SAMPLE + 100_000);
        assertThat(ShrinkProbe.cannotShrink(file, file.length)).isTrue();
        byte[] textFirst = Arrays.copyOf(csv(ShrinkProbe.SAMPLE), ShrinkProbe.SAMPLE + 100_000);
        System.arraycopy(random(100_000, 7), 0, textFirst, ShrinkProbe.SAMPLE, 100_000);
        assertThat(ShrinkProbe.cannotShrink(textFirst, textFirst.length)).isFalse();
    }
}
