package org.datasetkit.bench;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.datasetkit.core.diff.FileChanges;
import org.datasetkit.core.diff.PreviousBundle;
import org.datasetkit.core.fixity.DigestAlgorithm;

/**
 * How long the version stage takes to compare two 100,000-file releases from their manifests: the previous bundle's
 * manifest read from its zip (central directory, one entry) and parsed, then compared with this release's
 * checksums (1 % changed, 1 % added, 0.5 % removed, 0.5 % moved). Prints the median of 15 runs after 5 warm-ups.
 * Run with plugin/bench/diff-bench.sh; not part of the test suite.
 */
public final class DiffBenchmark {

    public static void main(String[] args) throws Exception {
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "/tmp/datasetkit-bench").resolve("diff"));
        Random random = new Random(42);
        Map<String, String> before = new HashMap<>();
        for (int i = 0; i < files; i++) {
            before.put(String.format(Locale.ROOT, "data/p%03d/img-%06d.png", i / 1000, i), hex(random));
        }
        Map<String, String> after = new HashMap<>();
        before.forEach((path, sum) -> after.put(path.substring(5), sum)); // the stage compares paths under data/
        List<String> paths = new ArrayList<>(after.keySet());
        java.util.Collections.sort(paths);
        for (int i = 0; i < files / 100; i++) {
            after.put(paths.get(i * 100), hex(random)); // changed
            after.put(String.format(Locale.ROOT, "new/img-%06d.png", i), hex(random)); // added
        }
        for (int i = 0; i < files / 200; i++) {
            after.remove(paths.get(i * 200 + 1)); // removed
            String moved = paths.get(i * 200 + 2);
            after.put("moved/" + moved, after.remove(moved)); // moved
        }
        Path zip = bundle(dir.resolve("previous.zip"), before);
        long[] read = new long[15];
        long[] compare = new long[15];
        FileChanges result = null;
        for (int run = -5; run < 15; run++) {
            long t0 = System.nanoTime();
            Map<String, String> manifest;
            try (PreviousBundle previous = PreviousBundle.open(zip, DigestAlgorithm.SHA256)) {
                manifest = previous.manifest();
            }
            long t1 = System.nanoTime();
            result = FileChanges.between(manifest, after);
            long t2 = System.nanoTime();
            if (run >= 0) {
                read[run] = t1 - t0;
                compare[run] = t2 - t1;
            }
        }
        System.out.printf(Locale.ROOT, "%,d vs %,d entries: %d added, %d changed, %d removed, %d moved%n", before.size(),
                after.size(), result.added().size(), result.changed().size(), result.removed().size(),
                result.renamed().size());
        System.out.printf(Locale.ROOT, "read + parse previous manifest (zip, %,d bytes): median %.1f ms%n",
                Files.size(zip), median(read) / 1e6);
        System.out.printf(Locale.ROOT, "compare manifests: median %.1f ms%n", median(compare) / 1e6);
    }

    private static Path bundle(Path target, Map<String, String> manifest) throws Exception {
        StringBuilder lines = new StringBuilder();
        manifest.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> lines.append(e.getValue()).append("  ").append(e.getKey()).append('\n'));
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "b-1.0.0/bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
            entry(zip, "b-1.0.0/bag-info.txt", "Version: 1.0.0\n");
            entry(zip, "b-1.0.0/manifest-sha256.txt", lines.toString());
        }
        return target;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String hex(Random random) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return DigestAlgorithm.toHex(b);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
