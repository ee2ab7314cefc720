package org.datasetkit.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.datasetkit.core.bag.Compression;
import org.datasetkit.core.build.BuildListener;
import org.datasetkit.core.build.BuildSettings;
import org.datasetkit.core.build.BundleSettings;
import org.datasetkit.core.build.DatasetBuild;
import org.datasetkit.core.build.DatasetLocation;
import org.datasetkit.core.build.FixitySettings;
import org.datasetkit.core.build.GateSettings;
import org.datasetkit.core.build.StageCache;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.deposit.Credential;
import org.datasetkit.core.deposit.DepositRequest;
import org.datasetkit.core.deposit.DepositTarget;
import org.datasetkit.core.deposit.Depositor;
import org.datasetkit.core.deposit.Destination;
import org.datasetkit.core.deposit.RetryPolicy;
import org.datasetkit.core.deposit.services.FakeDorisService;
import org.datasetkit.core.support.Datasets;

/**
 * Upload throughput of a DORIS deposit against the limit: a bare loop of HTTP PUTs of the same files (one JDK
 * HttpClient, HTTP/1.1, {@code BodyPublishers.ofFile}, nothing checked) to the same loopback DORIS service. The deposit
 * does what the bare loop does not: reads the bag's manifest, checks the paths and the token, streams each file
 * through a byte counter, compares the returned SHA-256, appends to the journal. Run with
 * plugin/bench/deposit-bench.sh; not part of the test suite.
 */
public final class DepositBenchmark {

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "/tmp/datasetkit-bench").resolve("deposit");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        measure(work.resolve("many-small"), 4000, 32 * 1024, runs);
        measure(work.resolve("few-large"), 8, 64 * 1024 * 1024, runs);
    }

    private static void measure(Path root, int files, int size, int runs) throws Exception {
        Datasheet sheet = bag(root, files, size);
        Path bag = root.resolve("target/bench-1.0.0");
        List<Path> payload;
        try (Stream<Path> walk = Files.walk(bag.resolve("data"))) {
            payload = walk.filter(Files::isRegularFile).sorted().toList();
        }
        long bytes = 0;
        for (Path p : payload) {
            bytes += Files.size(p);
        }
        try (FakeDorisService doris = FakeDorisService.start()) {
            String token = doris.token("bench", "1", "write-draft-files", Duration.ofHours(2));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            double[] bare = new double[runs];
            double[] deposit = new double[runs];
            for (int r = -2; r < runs; r++) { // two warm-up rounds, then alternate
                double b = bareLoop(client, doris.url(), token, bag.resolve("data"), payload);
                double d = deposit(doris.url(), token, bag, sheet, root.resolve("target/run-" + r));
                if (r >= 0) {
                    bare[r] = b;
                    deposit[r] = d;
                }
            }
            double mb = bytes / 1e6;
            double bareMedian = median(bare);
            double depositMedian = median(deposit);
            System.out.printf(Locale.ROOT, "%,d files x %,d B (%.0f MB): bare PUT loop %.3f s (%.0f MB/s, %.0f files/s);"
                    + " deposit %.3f s (%.0f MB/s, %.0f files/s); deposit/limit = %.0f%%%n", payload.size(), size, mb,
                    bareMedian, mb / bareMedian, payload.size() / bareMedian, depositMedian, mb / depositMedian,
                    payload.size() / depositMedian, 100 * bareMedian / depositMedian);
        }
    }

    private static double bareLoop(HttpClient client, URI service, String token, Path data, List<Path> payload)
            throws Exception {
        long t0 = System.nanoTime();
        for (Path p : payload) {
            String name = data.relativize(p).toString();
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(service.resolve("uploads/bench/1/" + name))
                    .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.ofFile(p)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(name + ": " + r.statusCode());
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double deposit(URI service, String token, Path bag, Datasheet sheet, Path work) throws Exception {
        DepositRequest request = new DepositRequest(new Destination(DepositTarget.DORIS, service, Optional.empty(),
                Optional.empty(), Optional.empty()), Optional.of(Credential.of(token, "bench")), false, false, false,
                RetryPolicy.defaults(), Duration.ofHours(1), bag, sheet, work);
        long t0 = System.nanoTime();
        new Depositor(line -> {}).run(request);
        return (System.nanoTime() - t0) / 1e9;
    }

    /** A dataset of {@code files} random files of {@code size} bytes, built into a bag folder once. */
    private static Datasheet bag(Path root, int files, int size) throws Exception {
        if (!Files.exists(root.resolve("data"))) {
            System.out.println("generating " + files + " files of " + size + " B in " + root);
            Random random = new Random(files);
            byte[] bytes = new byte[size];
            for (int i = 0; i < files; i++) {
                random.nextBytes(bytes);
                Datasets.write(root, String.format("data/d%02d/f%05d.bin", i / 500, i), bytes);
            }
        }
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET);
        DatasetLocation where = new DatasetLocation(root, Optional.empty(), root.resolve("target"), List.of(),
                List.of(), SymlinkPolicy.FOLLOW, Optional.of("1.0.0"));
        BundleSettings bundle = new BundleSettings(Optional.of("bench-1.0.0"), Optional.empty(), "directory",
                Compression.STORED, Optional.empty(), Optional.empty(), Optional.empty());
        DatasetBuild build = new DatasetBuild(new BuildSettings(where, GateSettings.defaults(), FixitySettings.defaults(),
                bundle, 2), new StageCache(), BuildListener.SILENT);
        build.verify();
        return build.datasheet();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
