package org.datasetkit.core.fixity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manifest reader splits a line by hand (a matcher per line cost more than the rest of the line's work); it must
 * accept and split exactly the lines the pattern it replaced did, odd ones included.
 */
class ManifestLineSplitTest {

    private static final Pattern BEFORE = Pattern.compile("^([0-9A-Fa-f]+)[ \\t]+(\\*?)(.+)$");

    @ParameterizedTest
    @ValueSource(strings = {"ab  data/x", "ab\tdata/x", "AB *data/x", "ab *", "ab \t*", "ab  ", "ab ", "ab", " ab data",
        "ab data/\u2028x", "ab data/\u0085", "ab data/ö", "٣٣ data/x", "ｆｆ data/x", "ab**data", "ab **x", "g1 data"})
    void oddLinesAreSplitAsThePatternSplitIt(String line) throws Exception {
        assertThat(read(line)).isEqualTo(byPattern(line));
    }

    @Test
    void randomLinesAreSplitAsThePatternSplitIt() throws Exception {
        Random random = new Random(20);
        String alphabet = "0aF9g *\t/.%x\u2028\u0085ö";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(read(line.toString())).as("line '%s'", line).isEqualTo(byPattern(line.toString()));
        }
    }

    /** What the reader made of the line: the entry as "hex|path", or "error" (or "" for a blank line). */
    private static String read(String line) throws Exception {
        List<ManifestEntry> entries = new ArrayList<>();
        var found = ManifestReader.read("m", new java.io.ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, 0, entries::add);
        if (found.stream().anyMatch(d -> d.code().equals("bag.manifest-syntax"))) {
            return "error";
        }
        boolean star = found.stream().anyMatch(d -> d.message().contains("'*path'"));
        return entries.isEmpty() ? "" : entries.get(0).checksum() + (star ? "|*|" : "|") + entries.get(0).path();
    }

    private static String byPattern(String line) {
        if (line.isBlank()) {
            return "";
        }
        Matcher m = BEFORE.matcher(line);
        if (!m.matches()) {
            return "error";
        }
        String path = ManifestPath.decode(m.group(3));
        path = path.startsWith("./") ? path.substring(2) : path;
        return m.group(1).toLowerCase(java.util.Locale.ROOT) + (m.group(2).isEmpty() ? "|" : "|*|") + path;
    }
}
