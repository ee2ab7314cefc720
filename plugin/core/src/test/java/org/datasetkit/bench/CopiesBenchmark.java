package org.datasetkit.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.datasetkit.core.copies.Fingerprinter;
import org.datasetkit.core.copies.Fingerprints;
import org.datasetkit.core.copies.HammingIndex;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.fixity.Checksummer;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FixityOptions;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.fixity.ProgressListener;

/**
 * The copy check's costs, one thread, page cache warm: fingerprinting against a bare ImageIO decode loop of the same
 * files (the limit), the cached re-run, and a 100,000 × 100,000 near-duplicate search. Run with
 * plugin/bench/copies-bench.sh; not part of the test suite.
 */
public final class CopiesBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/datasetkit-bench").resolve("copies-images");
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        generate(dir, files);
        Dataset dataset = new DatasetScanner().scan(ScanRequest.of(dir));
        FixityResult fixity = new Checksummer().compute(dataset, new FixityOptions(List.of(DigestAlgorithm.SHA256), 1,
                Optional.empty(), false, ProgressListener.NONE, Duration.ofHours(1)));
        for (int w = 0; w < 2; w++) { // warm-up of both loops
            decodeAll(dataset);
            new Fingerprinter().compute(fixity, Optional.empty(), 1);
        }
        double decode = best(() -> decodeAll(dataset));
        double fingerprint = best(() -> new Fingerprinter().compute(fixity, Optional.empty(), 1));
        Path cache = Files.createTempFile("fingerprint-cache", ".tsv");
        new Fingerprinter().compute(fixity, Optional.of(cache), 1);
        Fingerprints[] cached = new Fingerprints[1];
        double rerun = best(() -> cached[0] = new Fingerprinter().compute(fixity, Optional.of(cache), 1));
        System.out.printf(Locale.ROOT, "%,d PNG files (512x512, 16-bit grey), 1 thread:%n", files);
        System.out.printf(Locale.ROOT, "  bare ImageIO decode loop : %.2f s = %,.0f files/s%n", decode, files / decode);
        System.out.printf(Locale.ROOT, "  fingerprints (phash-v1)  : %.2f s = %,.0f files/s = %.0f%% of the decode loop%n",
                fingerprint, files / fingerprint, 100 * decode / fingerprint);
        System.out.printf(Locale.ROOT, "  cached re-run            : %.3f s (%d files read)%n", rerun, cached[0].read());
        search(100_000);
    }

    /** 100,000 hashes, half of them near copies of another, each looked up in an index of 100,000. */
    private static void search(int n) {
        Random r = new Random(1);
        long[] indexed = new long[n];
        long[] queries = new long[n];
        for (int i = 0; i < n; i++) {
            indexed[i] = r.nextLong();
            queries[i] = i % 2 == 0 ? indexed[i] ^ (1L << r.nextInt(64)) ^ (1L << r.nextInt(64)) : r.nextLong();
        }
        for (int threshold : new int[] {4, 8, 11}) {
            long t0 = System.nanoTime();
            HammingIndex index = new HammingIndex(indexed);
            AtomicLong found = new AtomicLong();
            for (long q : queries) {
                index.near(q, threshold, i -> found.incrementAndGet());
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "  %,d x %,d near-duplicate search, threshold %d: %.2f s (index and queries),"
                    + " %,d pairs%n", n, n, threshold, s, found.get());
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double best(Work work) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    private static void decodeAll(Dataset dataset) throws Exception {
        for (DatasetFile f : dataset.files()) {
            if (ImageIO.read(f.file().toFile()) == null) {
                throw new IllegalStateException(f.path());
            }
        }
    }

    private static void generate(Path dir, int files) throws Exception {
        // the marker lies beside the images: in their folder it would be fingerprinted and decoded as one of them
        Path done = dir.resolveSibling(dir.getFileName() + ".done-" + files);
        if (Files.exists(done)) {
            return;
        }
        System.out.println("generating " + files + " PNG images in " + dir);
        Files.createDirectories(dir);
        for (int i = 0; i < files; i++) {
            Random r = new Random(i);
            BufferedImage img = new BufferedImage(512, 512, BufferedImage.TYPE_USHORT_GRAY);
            double cx = r.nextDouble() * 512;
            double cy = r.nextDouble() * 512;
            double s = 40 + r.nextDouble() * 120;
            for (int y = 0; y < 512; y++) {
                for (int x = 0; x < 512; x++) {
                    double v = Math.exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (2 * s * s));
                    img.getRaster().setSample(x, y, 0, (int) (2000 + 50000 * v + 500 * r.nextGaussian()) & 0xffff);
                }
            }
            ImageIO.write(img, "png", dir.resolve(String.format("img-%05d.png", i)).toFile());
        }
        Files.writeString(done, "ok");
    }
}
