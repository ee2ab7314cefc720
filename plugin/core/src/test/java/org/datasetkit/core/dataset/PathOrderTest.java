package org.datasetkit.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PathOrderTest {

    /** The characters where UTF-16 order and UTF-8 byte order part ways, and the usual separators. */
    private static final String[] PIECES = {"a", "A", "b", "/", ".", "-", " ", "%", "\n", "\u00e9", "e\u0301", "\u7530",
        "\uD7FF", "\uE000", "\uFFFD", "\uFFFF", "\uD83D\uDE00", "\uD800\uDC00", "\uDBFF\uDFFF", ""};

    @Test
    void ordersExactlyAsTheUtf8BytesDo() {
        Random random = new Random(8493);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(5); k >= 0; k--) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            paths.add(s.toString());
        }
        List<String> byOrder = new ArrayList<>(paths);
        byOrder.sort(PathOrder.INSTANCE);
        List<String> byBytes = new ArrayList<>(paths);
        byBytes.sort((x, y) -> Arrays.compareUnsigned(x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8)));

        assertThat(byOrder).isEqualTo(byBytes);
    }

    @Test
    void aCharacterBeyondTheBmpSortsAfterTheLastBmpCharacters() {
        assertThat(PathOrder.INSTANCE.compare("\uD83D\uDE00", "\uFFFD")).isPositive();
        assertThat(PathOrder.INSTANCE.compare("\uFFFD", "\uD83D\uDE00")).isNegative();
        assertThat("\uD83D\uDE00".compareTo("\uFFFD")).as("String.compareTo gets this wrong").isNegative();
        assertThat(PathOrder.INSTANCE.compare("a", "a/")).isNegative();
        assertThat(PathOrder.INSTANCE.compare("same", "same")).isZero();
    }
}
