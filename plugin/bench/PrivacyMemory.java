import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.privacy.PrivacyPolicy;
import org.datasetkit.core.privacy.PrivacyScanner;

/**
 * The privacy gate's heap per file: javac -d OUT -cp CORE_CLASSPATH PrivacyMemory.java, then
 * java -cp OUT:CORE_CLASSPATH PrivacyMemory DIR N [CACHE_FILE] (compiled first: the source launcher's own compiler
 * objects would blur the baseline). Makes N files in
 * DIR once (half tiny CSV tables, which the table check reads, half small binaries, which no check reads), scans them
 * on 2 threads and prints the live heap per file above the scanned dataset and the checks' own start-up: the peak
 * during the scan (jcmd GC.class_histogram of this JVM every 200 ms, each after a full collection; its largest
 * classes are printed) and what the result keeps. With CACHE_FILE (versions that have the gate's cache),
 * the scan goes through the cache there: run it twice for the unchanged case. Compiles against any version's core.
 */
public class PrivacyMemory {
    public static void main(String[] a) throws Exception {
        Path dir = Path.of(a[0]);
        int n = Integer.parseInt(a[1]);
        if (!Files.exists(dir.resolve(".complete"))) {
            for (int i = 0; i < n; i++) {
                Path sub = Files.createDirectories(dir.resolve(String.format("p%03d", i / 1000)));
                if (i % 2 == 0) {
                    Files.writeString(sub.resolve(String.format("t%07d.csv", i)), "id,label\n" + i + ",benign\n");
                } else {
                    Files.write(sub.resolve(String.format("b%07d.bin", i)), new byte[] {'D', 'K', 'B', (byte) i});
                }
            }
            Files.createFile(dir.resolve(".complete"));
        }
        Dataset dataset = new DatasetScanner().scan(ScanRequest.of(dir));
        PrivacyPolicy policy = new PrivacyPolicy(true, Set.of(), Optional.empty(), Set.of(), Set.of(), Set.of(), "");
        // A first scan of a thousand files loads and initialises the checks: what is left is what grows per file.
        new PrivacyScanner().scan(new Dataset(dataset.root(), dataset.files().subList(0, 1000), dataset.warnings()),
                policy, 2);
        long base = live();
        long[] peak = {base};
        String[] peakHistogram = {""};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                String histogram = histogram();
                long total = total(histogram);
                if (total > peak[0]) {
                    peak[0] = total;
                    peakHistogram[0] = histogram;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long started = System.nanoTime();
        sampler.start();
        Object result = a.length > 2 ? cached(dataset, policy, Path.of(a[2])) : new PrivacyScanner().scan(dataset, policy, 2);
        sampler.interrupt();
        sampler.join();
        long millis = (System.nanoTime() - started) / 1_000_000;
        long kept = live() - base;
        System.out.printf("%,d files (%s): scan %,d ms with sampling; live heap above the dataset: peak %,d bytes/file,"
                + " kept by the result %,d bytes/file%n", dataset.files().size(), a.length > 2 ? "cached" : "uncached",
                millis, (peak[0] - base) / n, kept / n);
        peakHistogram[0].lines().skip(3).limit(12).forEach(l -> System.out.println("   " + l));
        System.out.println(result.hashCode() == 0 ? "" : ""); // the result is live until here
    }

    /** The live objects by class, after a full collection: jcmd's GC.class_histogram of this JVM. */
    private static String histogram() {
        try {
            Process p = new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the scan is over: the sampler stops
            return "";
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long total(String histogram) {
        return histogram.lines().filter(l -> l.startsWith("Total")).mapToLong(l -> Long.parseLong(l.trim().split("\\s+")[2]))
                .findFirst().orElse(0);
    }

    private static long live() {
        return total(histogram());
    }

    /** Through the cache, by reflection: older versions have no such method. */
    private static Object cached(Dataset dataset, PrivacyPolicy policy, Path cache) throws Exception {
        Class<?> options = Class.forName("org.datasetkit.core.privacy.PrivacyScanOptions");
        Object o = options.getConstructor(int.class, Optional.class, boolean.class, String.class)
                .newInstance(2, Optional.of(cache), false, "bench");
        return PrivacyScanner.class.getMethod("scan", Dataset.class, PrivacyPolicy.class, options)
                .invoke(new PrivacyScanner(), dataset, policy, o);
    }

}
