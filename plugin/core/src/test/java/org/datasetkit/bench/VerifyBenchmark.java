package org.datasetkit.bench;

import gov.loc.repository.bagit.creator.BagCreator;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import gov.loc.repository.bagit.reader.BagReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.datasetkit.core.bag.BagVerifier;
import org.datasetkit.core.bag.VerificationLimits;
import org.datasetkit.core.bag.VerificationResult;
import org.datasetkit.core.bag.VerificationTier;

/**
 * On demand ({@code plugin/bench/verify-bench.sh}): full verification of one foreign bag folder by datasetkit and by
 * the Library of Congress bagit-java 5.2.0, both on the same number of threads, each in a JVM of its own. Prints the
 * first run (a new JVM, as one build meets it) and the median of the runs after it.
 *
 * <pre>
 * VerifyBenchmark make SET BAG        bag a copy of SET (hard links) with bagit-java, SHA-256
 * VerifyBenchmark many BAG N          a bag folder of N small files (256 B - 1 KiB), for the memory check
 * VerifyBenchmark link SET FOLDER     hard links to SET's files, named .bin: the set's random ".dcm" files are not
 *                                     DICOM, which the privacy gate rightly refuses
 * VerifyBenchmark ours|fast|loc|limit BAG RUNS THREADS   limit: the bare SHA-256 loop over the payload (walk included)
 * VerifyBenchmark limit-b DATASET OUT THREADS   once: the bare loop over every file of DATASET (its target/ left out),
 *                                     then those bytes copied into one file OUT, as a stored archive writes them
 * VerifyBenchmark loc-bag FOLDER THREADS   once: bagit-java bags FOLDER in place (SHA-256) and verifies the bag
 * </pre>
 */
public final class VerifyBenchmark {

    private VerifyBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("make")) {
            make(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        if (args[0].equals("link")) {
            link(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        if (args[0].equals("limit-b")) {
            limitB(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            return;
        }
        if (args[0].equals("loc-bag")) {
            locBag(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        if (args[0].equals("many")) {
            many(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        Path bag = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            run(args[0], bag, threads);
            seconds.add((System.nanoTime() - started) / 1e9);
        }
        double first = seconds.get(0);
        List<Double> rest = new ArrayList<>(seconds.subList(Math.min(1, runs - 1), runs));
        Collections.sort(rest);
        System.out.printf(Locale.ROOT, "%s first %.3f s, median of the next %d %.3f s%n", args[0], first, rest.size(),
                rest.get(rest.size() / 2));
    }

    private static void run(String which, Path bag, int threads) throws Exception {
        switch (which) {
            case "ours", "fast" -> {
                VerificationResult r = new BagVerifier(VerificationLimits.DEFAULT, threads)
                        .verify(bag, which.equals("fast") ? VerificationTier.FAST : VerificationTier.FULL);
                if (!r.isValid()) {
                    throw new IllegalStateException("not valid: " + r.diagnostics().all());
                }
            }
            case "loc" -> {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                try (gov.loc.repository.bagit.verify.BagVerifier verifier = new gov.loc.repository.bagit.verify.BagVerifier(pool)) {
                    Bag read = new BagReader().read(bag);
                    verifier.isValid(read, false);
                }
            }
            case "limit" -> limit(bag, threads);
            default -> throw new IllegalArgumentException(which);
        }
    }

    /**
     * The machine's limit for a full verification: the bare SHA-256 loop over the payload's files, listed by a plain
     * walk, with nothing checked or compared.
     */
    private static void limit(Path bag, int threads) throws Exception {
        List<Path> files;
        try (var walk = Files.walk(bag.resolve("data"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        hash(files, threads);
    }

    /**
     * Limit (b) of a cold build: what it cannot avoid doing with the bytes, once each, with nothing checked: hash every
     * file of the dataset (the bare loop, walk included), then copy the same bytes into one file, as a stored archive
     * would hold them.
     */
    private static void limitB(Path dataset, Path out, int threads) throws Exception {
        Path skipped = dataset.resolve("target");
        List<Path> files;
        try (var walk = Files.walk(dataset)) {
            files = walk.filter(p -> !p.startsWith(skipped)).filter(Files::isRegularFile).toList();
        }
        hash(files, threads);
        try (var target = java.nio.channels.FileChannel.open(out, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            for (Path file : files) {
                try (var source = java.nio.channels.FileChannel.open(file)) {
                    long size = source.size();
                    for (long done = 0; done < size; ) {
                        done += source.transferTo(done, size - done, target);
                    }
                }
            }
        }
    }

    /** Line (c) of a cold build: bagit-java making a bag of the folder in place and verifying it, as a LoC user would. */
    private static void locBag(Path folder, int threads) throws Exception {
        BagCreator.bagInPlace(folder, List.of(StandardSupportedAlgorithms.SHA256), false);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (gov.loc.repository.bagit.verify.BagVerifier verifier = new gov.loc.repository.bagit.verify.BagVerifier(pool)) {
            verifier.isValid(new BagReader().read(folder), false);
        }
    }

    private static void hash(List<Path> files, int threads) throws Exception {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
                    byte[] buffer = new byte[1 << 16];
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        try (var in = Files.newInputStream(files.get(i))) {
                            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                                d.update(buffer, 0, n);
                            }
                        }
                        d.digest();
                    }
                    return null;
                }));
            }
            for (var w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A bag folder made by bagit-java from a hard-linked copy of the set (it moves what it bags into data/). */
    private static void make(Path set, Path bag) throws Exception {
        if (Files.exists(bag.resolve("bagit.txt"))) {
            return;
        }
        new ProcessBuilder("cp", "-al", set.toString(), bag.toString()).inheritIO().start().waitFor();
        BagCreator.bagInPlace(bag, List.of(StandardSupportedAlgorithms.SHA256), false);
    }

    private static void link(Path set, Path folder) throws Exception {
        try (var files = Files.walk(set)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path link = folder.resolve(set.relativize(file).toString().replaceAll("\\.dcm$", ".bin"));
                Files.createDirectories(link.getParent());
                Files.createLink(link, file);
            }
        }
    }

    /** N small random files in a bag folder with its manifest, Payload-Oxum and tag manifest: many entries, few bytes. */
    private static void many(Path bag, int n) throws Exception {
        if (Files.exists(bag.resolve("bagit.txt"))) {
            return;
        }
        java.util.Random random = new java.util.Random(20);
        StringBuilder manifest = new StringBuilder();
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            String path = String.format(Locale.ROOT, "data/p%03d/s%d/file%07d.bin", i / 1000, (i / 100) % 10, i);
            byte[] content = new byte[256 + random.nextInt(768)];
            random.nextBytes(content);
            Files.createDirectories(bag.resolve(path).getParent());
            Files.write(bag.resolve(path), content);
            bytes += content.length;
            manifest.append(sha256(content)).append("  ").append(path).append('\n');
        }
        Files.writeString(bag.resolve("manifest-sha256.txt"), manifest);
        Files.writeString(bag.resolve("bagit.txt"), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        Files.writeString(bag.resolve("bag-info.txt"), "Payload-Oxum: " + bytes + "." + n + "\n");
        StringBuilder tags = new StringBuilder();
        for (String tag : List.of("bag-info.txt", "bagit.txt", "manifest-sha256.txt")) {
            tags.append(sha256(Files.readAllBytes(bag.resolve(tag)))).append("  ").append(tag).append('\n');
        }
        Files.writeString(bag.resolve("tagmanifest-sha256.txt"), tags);
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }
}
