package org.datasetkit.bench;

import gov.loc.repository.bagit.creator.BagCreator;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.fixity.Checksummer;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FixityOptions;
import org.datasetkit.core.fixity.FixityPipeline;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.fixity.ManifestWriter;
import org.datasetkit.core.fixity.ProgressListener;
import org.datasetkit.core.output.AtomicFile;

/**
 * Times what {@code dataset:checksum} does (scan, hash, cache and manifest written) next to its peers, side by side
 * in one run on the same page-cached files: the bare JVM SHA-256 loop (the limit), coreutils sha256sum and
 * openssl dgst (1 and 2 processes), and the Library of Congress bagit-java creating a bag. Prints medians and
 * ratios. Run it with plugin/bench/fixity-bench.sh; it is not part of the test suite.
 *
 * <p>Arguments: {@code <workdir> [many-small] [few-large] [--runs N] [--warmup N] [--fresh-runs N] [--fresh-only] [--heap-check <set>]}.
 * The external tools and bagit-java are measured the same way, so every row has the same page-cache state. A second
 * table times the JVM rows again with each run the first in a new JVM, as a single build meets them.
 */
public final class FixityBenchmark {

    private static int runs = 3;
    private static int warmups = 3;
    private static int freshRuns = 5;
    /** Only the new-JVM table, without LoC's row: what the cold-start work is measured by. */
    private static boolean freshOnly;

    public static void main(String[] args) throws Exception {
        List<String> sets = new ArrayList<>();
        Path workdir = null;
        String heapCheck = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--warmup" -> warmups = Integer.parseInt(args[++i]);
                case "--heap-check" -> heapCheck = args[++i];
                case "--fresh-runs" -> freshRuns = Integer.parseInt(args[++i]);
                case "--fresh-only" -> freshOnly = true;
                case "--one" -> {
                    System.out.println(one(args[i + 1], Path.of(args[i + 2]), Path.of(args[i + 3])));
                    return;
                }
                default -> {
                    if (workdir == null) {
                        workdir = Path.of(args[i]).toAbsolutePath();
                    } else {
                        sets.add(args[i]);
                    }
                }
            }
        }
        if (workdir == null) {
            System.err.println("usage: FixityBenchmark <workdir> [many-small] [few-large] [--runs N] [--warmup N] [--fresh-runs N] [--fresh-only] [--heap-check SET]");
            System.exit(2);
        }
        if (heapCheck != null) {
            heapCheck(workdir, heapCheck);
            return;
        }
        if (sets.isEmpty()) {
            sets = List.of("many-small", "few-large");
        }
        describeMachine();
        for (String set : sets) {
            bench(workdir, set);
        }
    }

    private static void bench(Path workdir, String set) throws Exception {
        Path data = BenchData.ensure(workdir, set);
        if (freshOnly) {
            Path scratch = workdir.resolve("scratch");
            Files.createDirectories(scratch);
            Thread.sleep(2100); // files younger than two seconds are never trusted from the cache
            limit(files(data), 1); // warm the page cache
            freshJvm(set, data, scratch);
            return;
        }
        List<Path> files = files(data);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        Path scratch = workdir.resolve("scratch");
        Files.createDirectories(scratch);
        Path cache = scratch.resolve(set + "-cache.tsv");
        Path manifests = scratch.resolve(set + "-manifests");
        Thread.sleep(2100); // files younger than two seconds are never trusted from the cache
        limit(files, 1); // warm the page cache

        Map<String, Double> t = new LinkedHashMap<>();
        t.put("JVM SHA-256 loop, 1 thread (limit)", median(() -> limit(files, 1)));
        t.put("JVM SHA-256 loop, 2 threads (limit)", median(() -> limit(files, 2)));
        t.put("datasetkit checksum, cold, 2 threads", median(() -> datasetkit(data, cache, manifests, true)));
        datasetkit(data, cache, manifests, true); // leaves the cache of an unchanged dataset
        t.put("datasetkit checksum, unchanged re-run", median(() -> datasetkit(data, cache, manifests, false)));
        t.put("sha256sum, 1 process", median(() -> shell(data, "sha256sum", 1)));
        t.put("sha256sum, 2 processes", median(() -> shell(data, "sha256sum", 2)));
        t.put("openssl dgst -sha256, 1 process", median(() -> shell(data, "openssl dgst -sha256", 1)));
        t.put("openssl dgst -sha256, 2 processes", median(() -> shell(data, "openssl dgst -sha256", 2)));
        t.put("LoC bagit-java 5.2.0 bagInPlace (SHA-256)", medianSelfTimed(() -> bagitJava(data, scratch.resolve("loc-copy"))));

        double limit2 = t.get("JVM SHA-256 loop, 2 threads (limit)");
        double cold = t.get("datasetkit checksum, cold, 2 threads");
        System.out.printf(Locale.ROOT, "%n%s: %,d files, %.2f GB, median of %d runs after %d warm-up runs%n", set, files.size(),
                bytes / 1e9, runs, warmups);
        System.out.printf(Locale.ROOT, "| %-42s | %8s | %8s | %17s | %19s |%n", "what", "seconds", "GB/s",
                "% of 2-thread limit", "datasetkit cold is");
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", "-".repeat(42), "-".repeat(8), "-".repeat(8),
                "-".repeat(17), "-".repeat(19));
        for (var e : t.entrySet()) {
            double s = e.getValue();
            String versus = e.getKey().startsWith("datasetkit") ? "" : String.format(Locale.ROOT, "%.2fx faster", s / cold);
            System.out.printf(Locale.ROOT, "| %-42s | %8.3f | %8.2f | %16.0f%% | %19s |%n", e.getKey(), s, bytes / 1e9 / s,
                    100 * limit2 / s, versus);
        }
        System.out.printf(Locale.ROOT, "unchanged re-run / cold = %.1f%%%n",
                100 * t.get("datasetkit checksum, unchanged re-run") / cold);
        freshJvm(set, data, scratch);
    }

    /**
     * The same work, each run the first and only one in a new JVM, as one {@code mvn} build or one bagit-java
     * command does it: the JIT has compiled nothing of it yet. Timed inside the new JVM around the work, so JVM start-up
     * (the same for every row) is left out.
     */
    private static void freshJvm(String set, Path data, Path scratch) throws Exception {
        String[] tools = freshOnly ? new String[] {"limit", "walk-loop", "walk-loop-ctime", "datasetkit-cold", "datasetkit-rerun"}
                : new String[] {"limit", "walk-loop", "walk-loop-ctime", "datasetkit-cold", "datasetkit-rerun", "loc"};
        Map<String, double[]> seconds = new LinkedHashMap<>();
        for (String tool : tools) {
            seconds.put(tool, new double[freshRuns]);
        }
        for (int r = 0; r < freshRuns; r++) {
            for (String tool : tools) { // interleaved, so a slow spell of the machine hits every row alike
                if (tool.equals("loc")) {
                    BenchData.deleteTree(scratch.resolve("loc-copy"));
                    run("cp", "-r", data.toString(), scratch.resolve("loc-copy").toString());
                    limit(files(scratch.resolve("loc-copy")), 2); // into the page cache, like the original
                }
                seconds.get(tool)[r] = fresh(tool, tool.equals("loc") ? scratch.resolve("loc-copy") : data, scratch);
            }
        }
        BenchData.deleteTree(scratch.resolve("loc-copy"));
        Map<String, Double> median = new LinkedHashMap<>();
        seconds.forEach((tool, s) -> {
            Arrays.sort(s);
            median.put(tool, s[s.length / 2]);
        });
        double cold = median.get("datasetkit-cold");
        System.out.printf(Locale.ROOT, "%n%s, each run the first in a new JVM: median of %d runs%n", set, freshRuns);
        System.out.printf(Locale.ROOT, "| %-42s | %8s | %17s | %19s |%n", "what", "seconds", "% of 2-thread limit",
                "datasetkit cold is");
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", "-".repeat(42), "-".repeat(8), "-".repeat(17), "-".repeat(19));
        Map<String, String> names = Map.of("limit", "JVM SHA-256 loop, 2 threads (limit)",
                "walk-loop", "the loop fed by a bare walk", "walk-loop-ctime", "... + change-time stat after each read",
                "datasetkit-cold",
                "datasetkit checksum, cold, 2 threads", "datasetkit-rerun", "datasetkit checksum, unchanged re-run", "loc",
                "LoC bagit-java 5.2.0 bagInPlace (SHA-256)");
        for (String tool : tools) {
            double s = median.get(tool);
            String versus = tool.startsWith("datasetkit") ? "" : String.format(Locale.ROOT, "%.2fx faster", s / cold);
            System.out.printf(Locale.ROOT, "| %-42s | %8.3f | %16.0f%% | %19s |%n", names.get(tool), s,
                    100 * median.get("limit") / s, versus);
        }
        System.out.printf(Locale.ROOT, "datasetkit cold against the bare work it cannot skip (walk, read, change-time stat):"
                + " %.0f%%%n", 100 * median.get("walk-loop-ctime") / cold);
        System.out.printf(Locale.ROOT, "unchanged re-run / cold = %.1f%%%n", 100 * median.get("datasetkit-rerun") / cold);
    }

    /** Runs {@code --one tool} in a new JVM with this one's class path and reads the seconds it reports. */
    private static double fresh(String tool, Path data, Path scratch) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), FixityBenchmark.class.getName(),
                "--one", tool, data.toString(), scratch.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(tool + " failed in its JVM: " + out);
        }
        return Double.parseDouble(out.substring(out.lastIndexOf('\n') + 1));
    }

    /** One run of one tool in this JVM, timed around the work alone. */
    private static double one(String tool, Path data, Path scratch) throws Exception {
        Path cache = scratch.resolve("fresh-cache.tsv");
        Path manifests = scratch.resolve("fresh-manifests");
        List<Path> files = tool.equals("limit") ? files(data) : List.of();
        long t0 = System.nanoTime();
        switch (tool) {
            case "limit" -> limit(files, 2);
            case "walk-loop" -> walkingLoop(data, false);
            case "walk-loop-ctime" -> walkingLoop(data, true);
            case "datasetkit-cold" -> datasetkit(data, cache, manifests, true);
            case "datasetkit-rerun" -> datasetkit(data, cache, manifests, false);
            case "loc" -> BagCreator.bagInPlace(data, List.of(StandardSupportedAlgorithms.SHA256), false);
            default -> throw new IllegalArgumentException(tool);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void run(String... command) throws Exception {
        if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    /** The bare digest loop over the same files: the speed of the hardware and the JVM's SHA-256. */
    private static void limit(List<Path> files, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    MessageDigest d = MessageDigest.getInstance("SHA-256");
                    byte[] buf = new byte[1 << 20];
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        try (InputStream in = Files.newInputStream(files.get(i))) {
                            int n;
                            while ((n = in.read(buf)) > 0) {
                                d.update(buf, 0, n);
                            }
                        }
                        d.digest();
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The floor of a checksum that must find its files and prove each unchanged by its read: the bare loop on two
     * threads fed by a bare walk on this one (no rules, no order, no records kept), with, when {@code changeTime}, the
     * one stat after each read that the checksum's change detection needs ({@code unix:} size, modification and
     * change time: the change time has no typed accessor, and that string-keyed call is the cost measured here).
     */
    private static void walkingLoop(Path data, boolean changeTime) throws Exception {
        Path end = Path.of("");
        java.util.concurrent.BlockingQueue<Path> queue = new java.util.concurrent.LinkedBlockingQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                workers.add(pool.submit(() -> {
                    MessageDigest d = MessageDigest.getInstance("SHA-256");
                    byte[] buf = new byte[1 << 20];
                    for (Path file = queue.take(); file != end; file = queue.take()) {
                        try (InputStream in = Files.newInputStream(file)) {
                            int n;
                            while ((n = in.read(buf)) > 0) {
                                d.update(buf, 0, n);
                            }
                        }
                        d.digest();
                        if (changeTime) {
                            Files.readAttributes(file, "unix:size,lastModifiedTime,ctime");
                        }
                    }
                    return null;
                }));
            }
            Files.walkFileTree(data, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
                    queue.add(file);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
            queue.add(end);
            queue.add(end);
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Exactly the work of the checksum goal: scan, hash (or take from the cache), save the cache, keep the manifest
     * current. A cold run removes the cache, not the manifest: as after a {@code dataset.force} run, an unchanged
     * manifest is left as it is.
     */
    private static void datasetkit(Path data, Path cache, Path manifests, boolean cold) throws Exception {
        if (cold) {
            Files.deleteIfExists(cache);
        }
        FixityOptions options = new FixityOptions(List.of(DigestAlgorithm.SHA256), 2, Optional.of(cache), false,
                ProgressListener.NONE, Duration.ofSeconds(5), Optional.of(manifests));
        try (FixityPipeline pipeline = new Checksummer().start(data, options)) {
            pipeline.finish(new DatasetScanner().scan(ScanRequest.of(data), pipeline));
        }
    }

    private static void shell(Path data, String command, int processes) throws Exception {
        // Split the sorted file list into as many batches as processes, as a user would with xargs -P.
        String script = "cd '" + data + "' && find . -type f -print0 | sort -z > ../.files && n=$(tr -cd '\\0' < ../.files | wc -c)"
                + " && xargs -0 -P " + processes + " -n $(( (n + " + processes + " - 1) / " + processes + " )) " + command
                + " < ../.files > /dev/null";
        Process p = new ProcessBuilder("bash", "-c", script).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " failed");
        }
    }

    /** bagit-java moves the files it bags into data/, so it bags a fresh copy each run (the copy is not timed). */
    private static double bagitJava(Path data, Path copy) throws Exception {
        BenchData.deleteTree(copy);
        run("cp", "-r", data.toString(), copy.toString());
        limit(files(copy), 2); // the copy is in the page cache, as the original is for the others
        long t0 = System.nanoTime();
        BagCreator.bagInPlace(copy, List.of(StandardSupportedAlgorithms.SHA256), false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        BenchData.deleteTree(copy);
        return seconds;
    }

    /** Hashes a set with the heap this JVM was given (the script passes -Xmx64m) and reports the peak heap used. */
    private static void heapCheck(Path workdir, String set) throws Exception {
        Path data = BenchData.ensure(workdir, set);
        Dataset dataset = new DatasetScanner().scan(ScanRequest.of(data));
        FixityResult result = new Checksummer().compute(dataset, new FixityOptions(List.of(DigestAlgorithm.SHA256,
                DigestAlgorithm.SHA512), 2, Optional.empty(), true, ProgressListener.NONE, Duration.ofSeconds(5)));
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "heap check: %s, %.2f GB hashed (SHA-256 + SHA-512) with -Xmx%d MB; peak heap use %.1f MB%n",
                set, dataset.totalBytes() / 1e9, Runtime.getRuntime().maxMemory() >> 20, peak / 1e6);
        if (result.files().size() != dataset.files().size()) {
            throw new IllegalStateException("not every file was hashed");
        }
    }

    private interface Measured {
        void run() throws Exception;
    }

    /** Untimed warm-up runs (as JMH does: the JIT compiles our code as it would in a long build), then the median of the timed runs. */
    private static double median(Measured m) throws Exception {
        for (int i = 0; i < warmups; i++) {
            m.run();
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            m.run();
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds[runs / 2];
    }

    /** As {@link #median}, warm-up runs included, for a peer that times itself around its own work. */
    private static double medianSelfTimed(java.util.concurrent.Callable<Double> selfTimed) throws Exception {
        for (int i = 0; i < warmups; i++) {
            selfTimed.call();
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            seconds[i] = selfTimed.call();
        }
        Arrays.sort(seconds);
        return seconds[runs / 2];
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void describeMachine() throws Exception {
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s (%s)%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"));
        Process p = new ProcessBuilder("bash", "-c", "grep -m1 'model name' /proc/cpuinfo; sha256sum --version | head -1;"
                + " openssl version").inheritIO().start();
        p.waitFor();
    }
}
