package org.datasetkit.core.fixity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.datasetkit.core.dataset.DatasetFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cache file on its own: what goes in comes back, and anything out of place is refused, never half-trusted. */
class FixityCacheTest {

    private static final List<DigestAlgorithm> BOTH = List.of(DigestAlgorithm.SHA256, DigestAlgorithm.MD5);
    private static final long WRITTEN = 1_800_000_000_000_000_000L;
    private static final long OLD = WRITTEN - 3_000_000_000L;

    @TempDir
    Path dir;

    private final Path root = Path.of("/datasets/csaw-cc");

    /** The manifests recorded with every cache these tests save: one with an identity holding a tab, one with none. */
    private static final List<ManifestStamp> STAMPS = List.of(
            new ManifestStamp("manifest-sha256.txt", 1_860_086, OLD, "(dev=803,ino=1234)"),
            new ManifestStamp("manifest-md5.txt", 1_220_040, OLD - 1, "volume\t7"));

    private Path saved(DatasetFile... files) throws Exception {
        List<FileFixity> fixities = new ArrayList<>();
        for (DatasetFile f : files) {
            fixities.add(new FileFixity(f, Map.of(DigestAlgorithm.SHA256, "a".repeat(64), DigestAlgorithm.MD5,
                    Integer.toHexString(f.path().length()).repeat(32).substring(0, 32)), f.path().endsWith(".png")));
        }
        // Two writers, as two workers would leave them.
        FixityCacheWriter first = new FixityCacheWriter(BOTH, 1);
        FixityCacheWriter second = new FixityCacheWriter(BOTH, 1);
        for (int i = 0; i < fixities.size(); i++) {
            (i % 2 == 0 ? first : second).add(fixities.get(i));
        }
        Path cache = dir.resolve("cache.tsv");
        FixityCache.save(cache, root, BOTH, WRITTEN, STAMPS, List.of(first, second));
        return cache;
    }

    private static DatasetFile file(String path, long lastModified) {
        return DatasetFile.of(path, Path.of("/datasets/csaw-cc"), 1234, lastModified, "(dev=fe01,ino=42)");
    }

    @Test
    void everyNameComesBackAsItWasWithItsChecksumsAndFlag() throws Exception {
        String[] names = {"plain.csv", "100%.csv", "line\nbreak.txt", "carriage\rreturn", "tab\tin name", "caf\u00e9.png",
            "cafe\u0301.png", "\uD83D\uDE00/x"};
        List<DatasetFile> files = new ArrayList<>();
        for (String n : names) {
            files.add(file(n, OLD));
        }
        Path cache = saved(files.toArray(DatasetFile[]::new));

        FixityCache.Loaded loaded = FixityCache.load(cache, root, BOTH);

        assertThat(loaded.warning()).isNull();
        assertThat(loaded.manifests()).containsExactly(STAMPS.get(0),
                new ManifestStamp("manifest-md5.txt", 1_220_040, OLD - 1, "volume 7"));
        assertThat(loaded.trustedBefore()).isEqualTo(WRITTEN - 2_000_000_000L);
        assertThat(loaded.entries()).hasSize(names.length);
        for (DatasetFile f : files) {
            FileFixity hit = loaded.lookup(f);
            assertThat(hit).as(f.path()).isNotNull();
            assertThat(hit.digest(DigestAlgorithm.SHA256)).isEqualTo("a".repeat(64));
            assertThat(hit.digest(DigestAlgorithm.MD5)).hasSize(32);
            assertThat(hit.compressed()).isEqualTo(f.path().endsWith(".png"));
        }
    }

    @Test
    void aCacheRecordingNoManifestsLoads() throws Exception {
        Path cache = dir.resolve("cache.tsv");
        FixityCacheWriter lines = new FixityCacheWriter(BOTH, 1);
        FixityCache.save(cache, root, BOTH, WRITTEN, List.of(), List.of(lines));

        FixityCache.Loaded loaded = FixityCache.load(cache, root, BOTH);

        assertThat(loaded.warning()).isNull();
        assertThat(loaded.manifests()).isEmpty();
    }

    @Test
    void anEntryDiffersInSizeTimeOrIdentityIsNotAHit() throws Exception {
        Path cache = saved(file("a.csv", OLD));
        FixityCache.Loaded entries = FixityCache.load(cache, root, BOTH);

        assertThat(entries.lookup(file("a.csv", OLD))).isNotNull();
        assertThat(entries.lookup(file("a.csv", OLD + 1))).isNull();
        assertThat(entries.lookup(DatasetFile.of("a.csv", root, 1235, OLD, "(dev=fe01,ino=42)")))
                .isNull();
        assertThat(entries.lookup(DatasetFile.of("a.csv", root, 1234, OLD, "(dev=fe01,ino=43)")))
                .isNull();
    }

    @Test
    void anIdentityBeyondAsciiIsComparedAsText() throws Exception {
        DatasetFile odd = DatasetFile.of("a.csv", root, 1234, OLD, "volume \u00e9\u00e9/42");
        FixityCache.Loaded loaded = FixityCache.load(saved(odd), root, BOTH);

        assertThat(loaded.lookup(odd)).isNotNull();
        assertThat(loaded.lookup(DatasetFile.of("a.csv", root, 1234, OLD, "volume \u00e9\u00e8/42"))).isNull();
        assertThat(loaded.lookup(DatasetFile.of("a.csv", root, 1234, OLD, "volume ee/42"))).isNull();
    }

    @Test
    void filesModifiedWithinTwoSecondsOfWritingAreNotTrusted() throws Exception {
        Path cache = saved(file("old.csv", OLD), file("racy.csv", WRITTEN - 1_000_000_000L), file("future.csv", WRITTEN + 1));

        assertThat(FixityCache.load(cache, root, BOTH).entries()).containsOnlyKeys("old.csv");
    }

    @Test
    void anotherAlgorithmListReusesNothingAndWarnsOfNothing() throws Exception {
        Path cache = saved(file("a.csv", OLD));

        FixityCache.Loaded loaded = FixityCache.load(cache, root, List.of(DigestAlgorithm.SHA256));

        assertThat(loaded.entries()).isEmpty();
        assertThat(loaded.warning()).isNull();
    }

    @Test
    void anotherDatasetsCacheIsIgnoredWithAWarning() throws Exception {
        Path cache = saved(file("a.csv", OLD));

        FixityCache.Loaded loaded = FixityCache.load(cache, Path.of("/datasets/other"), BOTH);

        assertThat(loaded.entries()).isEmpty();
        assertThat(loaded.warning().message()).contains("another dataset folder (/datasets/csaw-cc)");
    }

    @Test
    void noCacheYetIsNothingToWarnAbout() {
        FixityCache.Loaded loaded = FixityCache.load(dir.resolve("none.tsv"), root, BOTH);

        assertThat(loaded.entries()).isEmpty();
        assertThat(loaded.warning()).isNull();
    }

    /** The cache's text with its last line, the seal, made right for the rest. */
    private static String sealed(String unsealed) throws Exception {
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        return unsealed + "sha256 " + DigestAlgorithm.toHex(sha.digest(unsealed.getBytes(StandardCharsets.UTF_8))) + "\n";
    }

    @Test
    void aFlippedBitThatStillReadsAsAChecksumBreaksTheSealAndTheWholeCacheIsDropped() throws Exception {
        Path cache = saved(file("a.csv", OLD), file("b.csv", OLD));
        String text = Files.readString(cache);
        Files.writeString(cache, text.replaceFirst("\taaaa", "\taaab")); // still 64 lower-case hex digits

        FixityCache.Loaded loaded = FixityCache.load(cache, root, BOTH);

        assertThat(loaded.entries()).isEmpty();
        assertThat(loaded.warning().message()).contains("is damaged", "checksum does not match");
    }

    @Test
    void aFileWhoseChangeTimeMovedIsNotAHitEvenWithItsSizeAndModificationTimePutBack() throws Exception {
        Path real = Files.writeString(dir.resolve("labels.csv"), "id,label\n1,benign\n");
        java.nio.file.attribute.FileTime mtime = Files.getLastModifiedTime(real);
        Thread.sleep(50);
        long written = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        DatasetFile scanned = DatasetFile.of("labels.csv", dir, Files.size(real), mtime.to(java.util.concurrent.TimeUnit.NANOSECONDS), "id");
        FixityCacheWriter lines = new FixityCacheWriter(List.of(DigestAlgorithm.SHA256), 1);
        lines.add(new FileFixity(scanned, Map.of(DigestAlgorithm.SHA256, "a".repeat(64)), false, ChangeTime.of(real)));
        Path cache = dir.resolve("real.tsv");
        FixityCache.save(cache, dir, List.of(DigestAlgorithm.SHA256), written + 3_000_000_000L, List.of(), List.of(lines));
        assertThat(FixityCache.load(cache, dir, List.of(DigestAlgorithm.SHA256)).lookup(scanned)).isNotNull();

        Files.writeString(real, "id,label\n1,benigN\n"); // same size
        Files.setLastModifiedTime(real, mtime); // and the time put back

        assertThat(FixityCache.load(cache, dir, List.of(DigestAlgorithm.SHA256)).lookup(scanned)).isNull();
    }

    /** Each edit damages the one valid line of a cache in a different way; none may yield an entry. */
    @ParameterizedTest
    @ValueSource(strings = {
        "cut:the last line has no end",
        "flag:X",
        "flag:CC",
        "size:12a4",
        "size:",
        "time:99999999999999999999",
        "time:9999999999999999999",
        "ctime:12x4",
        "ctime:",
        "hex:upper",
        "hex:short",
        "hex:one missing",
        "fields:five",
        "written:soon",
        "manifests:three fields",
        "manifests:size x",
        "manifests:line missing"})
    void aDamagedCacheYieldsNothingAndSaysSo(String damage) throws Exception {
        Path cache = saved(file("a.csv", OLD));
        String text = Files.readString(cache);
        text = text.substring(0, text.lastIndexOf("sha256 "));
        String header = text.substring(0, text.indexOf("\n1234\t") + 1);
        String[] f = text.substring(header.length(), text.length() - 1).split("\t", -1);
        String kind = damage.substring(0, damage.indexOf(':'));
        String with = damage.substring(damage.indexOf(':') + 1);
        switch (kind) {
            case "cut" -> text = text.substring(0, text.length() - 1);
            case "flag" -> text = header + String.join("\t", f[0], f[1], f[2], f[3], f[4], with, f[6]) + "\n";
            case "size" -> text = header + String.join("\t", with, f[1], f[2], f[3], f[4], f[5], f[6]) + "\n";
            case "time" -> text = header + String.join("\t", f[0], with, f[2], f[3], f[4], f[5], f[6]) + "\n";
            case "ctime" -> text = header + String.join("\t", f[0], f[1], with, f[3], f[4], f[5], f[6]) + "\n";
            case "hex" -> {
                String hex = switch (with) {
                    case "upper" -> f[4].toUpperCase();
                    case "short" -> f[4].substring(1);
                    default -> f[4].substring(0, 64);
                };
                text = header + String.join("\t", f[0], f[1], f[2], f[3], hex, f[5], f[6]) + "\n";
            }
            case "fields" -> text = header + String.join("\t", f[0], f[1], f[2], f[3], f[4], f[6]) + "\n";
            case "written" -> text = text.replaceFirst("written [0-9]+", "written soon");
            default -> {
                String stamps = text.substring(text.indexOf("\nmanifests ") + 1, text.indexOf('\n', text.indexOf("\nmanifests ") + 1) + 1);
                text = text.replace(stamps, switch (with) {
                    case "three fields" -> stamps.substring(0, stamps.lastIndexOf('\t')) + "\n";
                    case "size x" -> stamps.replace("1860086", "18600x6");
                    default -> "";
                });
            }
        }
        text = kind.equals("cut") ? text : sealed(text); // each field's own check, not only the seal
        Files.write(cache, text.getBytes(StandardCharsets.UTF_8));

        FixityCache.Loaded loaded = FixityCache.load(cache, root, BOTH);

        assertThat(loaded.entries()).isEmpty();
        assertThat(loaded.warning().message()).contains("is damaged");
    }
}
