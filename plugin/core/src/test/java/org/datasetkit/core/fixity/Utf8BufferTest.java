package org.datasetkit.core.fixity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8BufferTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 9, 10, 99, 100, 1_000_000_000_000_000_000L, 999_999_999_999_999_999L, Long.MAX_VALUE, -1,
        -10, Long.MIN_VALUE, Long.MIN_VALUE + 1, 1_764_544_800_123_456_789L})
    void numbersAreSpeltAsTheJdkSpellsThem(long n) {
        Utf8Buffer out = new Utf8Buffer(1).append('[').append(n).append('|').appendUnsignedHex(n).append(']');
        assertThat(new String(out.toByteArray(), StandardCharsets.US_ASCII))
                .isEqualTo("[" + n + "|" + Long.toHexString(n) + "]");
    }
}
