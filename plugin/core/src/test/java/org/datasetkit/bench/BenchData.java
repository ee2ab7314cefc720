package org.datasetkit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The benchmark sets, generated deterministically (content is a function of the set's name and a fixed seed):
 * many-small, 20,000 files of 4–64 KiB in 500 folders (about 0.7 GB); few-large, 8 files of 512 MiB (4.3 GB).
 * A set is generated once and reused; a marker file says it is complete.
 */
final class BenchData {

    private static final long SEED = 0x5EED_2026L;

    private BenchData() {}

    static Path ensure(Path workdir, String set) throws IOException {
        Path dir = workdir.resolve(set);
        Path marker = workdir.resolve(set + ".complete");
        if (Files.exists(marker)) {
            return dir;
        }
        System.out.println("generating " + set + " in " + dir + " ...");
        deleteTree(dir);
        switch (set) {
            case "many-small" -> manySmall(dir);
            case "few-large" -> fewLarge(dir);
            default -> throw new IllegalArgumentException("unknown set " + set + "; use many-small or few-large");
        }
        Files.writeString(marker, "ok\n");
        return dir;
    }

    private static void manySmall(Path out) throws IOException {
        SplittableRandom sizes = new SplittableRandom(SEED);
        byte[] buf = new byte[64 * 1024];
        int n = 0;
        for (int p = 0; p < 100; p++) {
            for (int s = 0; s < 5; s++) {
                Path dir = out.resolve(String.format("p%03d/s%d", p, s));
                Files.createDirectories(dir);
                for (int i = 0; i < 40; i++, n++) {
                    int size = 4096 + sizes.nextInt(64 * 1024 - 4096 + 1);
                    fill(new SplittableRandom(SEED * 31 + n), buf, size);
                    try (OutputStream o = Files.newOutputStream(dir.resolve(String.format("img-%05d.dcm", n)))) {
                        o.write(buf, 0, size);
                    }
                }
            }
        }
    }

    private static void fewLarge(Path out) throws IOException {
        Path dir = out.resolve("volumes");
        Files.createDirectories(dir);
        byte[] buf = new byte[8 << 20];
        for (int f = 0; f < 8; f++) {
            SplittableRandom r = new SplittableRandom(SEED * 17 + f);
            try (OutputStream o = Files.newOutputStream(dir.resolve(String.format("volume-%d.raw", f)))) {
                for (int chunk = 0; chunk < 64; chunk++) {
                    fill(r, buf, buf.length);
                    o.write(buf);
                }
            }
        }
    }

    private static void fill(SplittableRandom r, byte[] buf, int size) {
        for (int i = 0; i < size; i += 8) {
            long v = r.nextLong();
            for (int b = 0; b < 8 && i + b < size; b++) {
                buf[i + b] = (byte) (v >>> (8 * b));
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
