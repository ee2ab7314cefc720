package org.datasetkit.core.build.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.datasetkit.core.bag.Compression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A goal's key changes with every kind of value in it, and refuses what it cannot spell. */
class GoalKeyTest {

    private static final long LATER = System.currentTimeMillis() + 10_000;

    private static String key(String name, Object value) {
        return new GoalKey("validate", LATER).add(name, value).value().orElseThrow();
    }

    @Test
    void everyKindOfParameterChangesTheKey() {
        List<Object[]> pairs = List.of(new Object[] {"a", "b"}, new Object[] {true, false}, new Object[] {1, 2},
                new Object[] {Compression.AUTO, Compression.STORED}, new Object[] {new File("a"), new File("b")},
                new Object[] {Path.of("a"), Path.of("b")}, new Object[] {List.of("a", "b"), List.of("b", "a")},
                new Object[] {Map.of("k", "v"), Map.of("k", "w")}, new Object[] {Optional.of("a"), Optional.empty()},
                new Object[] {null, "null"}, new Object[] {Set.of("a"), Set.of("a", "b")},
                new Object[] {new Setting("x", 1), new Setting("x", 2)});
        for (Object[] p : pairs) {
            assertThat(key("p", p[0])).as("%s against %s", p[0], p[1]).isNotEqualTo(key("p", p[1]));
            assertThat(key("p", p[0])).as("%s twice", p[0]).isEqualTo(key("p", p[0]));
        }
        assertThat(key("p", "a")).isNotEqualTo(key("q", "a"));
        assertThat(new GoalKey("validate", LATER).value()).isNotEqualTo(new GoalKey("bundle", LATER).value());
    }

    @Test
    void aValueItCannotSpellMakesTheKeyUnusable() {
        Supplier<String> lambda = () -> "x";
        GoalKey key = new GoalKey("validate", LATER).add("resolver", lambda);
        assertThat(key.value()).isEmpty();
        assertThat(key.whyUnusable()).hasValueSatisfying(w -> assertThat(w).contains("resolver"));
        assertThat(new GoalKey("validate", LATER).add("p", List.of(new Object())).value()).isEmpty();
    }

    @Test
    void aFileNamedBySettingsCountsByItsStamp(@TempDir Path dir) throws IOException {
        Path allowlist = dir.resolve("allowlist.txt");
        Files.writeString(allowlist, "a.dcm (0010,0010)\n");
        String before = new GoalKey("scan-privacy", LATER).file("allowlist", allowlist).value().orElseThrow();
        assertThat(new GoalKey("scan-privacy", LATER).file("allowlist", allowlist).value()).contains(before);
        Files.writeString(allowlist, "b.dcm (0010,0010)\n");
        assertThat(new GoalKey("scan-privacy", LATER).file("allowlist", allowlist).value()).isNotEmpty()
                .isNotEqualTo(Optional.of(before));
    }

    @Test
    void aFileNamedBySettingsChangedJustNowMakesTheKeyUnusable(@TempDir Path dir) throws IOException {
        Path registry = dir.resolve("licences.csv");
        Files.writeString(registry, "id\n");
        GoalKey key = new GoalKey("check-licenses", System.currentTimeMillis()).file("licenseRegistry", registry);
        assertThat(key.value()).isEmpty();
        assertThat(key.whyUnusable()).hasValueSatisfying(w -> assertThat(w).contains("less than a second"));
    }

    @Test
    void theKeyIsTakenOnce() {
        GoalKey key = new GoalKey("validate", LATER);
        assertThat(key.value()).isEqualTo(key.value());
    }

    private record Setting(String name, int level) {}
}
